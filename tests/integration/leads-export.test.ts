import { describe, expect, it } from "vitest";
import { csvCell } from "@/lib/leads/csv";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

async function readAll(stream: ReadableStream<Uint8Array>) {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(decoder.decode(chunk, { stream: true }));
  return chunks;
}

describe("CSV cells", () => {
  it("neutralises formula triggers and quotes what needs quoting", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1 555")).toBe(`"'+1 555"`);
    expect(csvCell("-2+3")).toBe(`"'-2+3"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\tcmd")).toBe(`"'\tcmd"`);
    expect(csvCell("\rcmd")).toBe(`"'\rcmd"`);
    expect(csvCell("a,b")).toBe('"a,b"');
    // Wherever a ";"- or tab-separated reading could start a cell, the trigger is escaped too.
    expect(csvCell("a;=1+1;b")).toBe(`"a;'=1+1;b"`);
    expect(csvCell('x; "@SUM(A1)"\t-2,+3')).toBe(`"x; ""'@SUM(A1)""\t'-2,'+3"`);
    expect(csvCell("2-3 a+b c@d")).toBe('"2-3 a+b c@d"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("Zoë")).toBe('"Zoë"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(new Date("2026-01-02T03:04:05.000Z"))).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("CSV export", () => {
  it("streams every lead the filter matches, in batches, with hostile cells escaped", async () => {
    const me = await seedUser();
    const offer = uniqueOffer();
    const ids = [];
    // Five share one receivedAt, so batch boundaries fall between equal times: the keyset's id tie-break.
    const same = new Date(Date.now() - 60_000);
    for (let i = 0; i < 7; i += 1) ids.push(await seedLead({ offer, source: "SPZA", action: "PLT", last: `Row${i}`, ...(i < 5 && { receivedAt: same }) }));
    await seedLead({ offer, source: "AzureMarketplace", last: "Excluded" });
    await seedLead({ offer, source: "SPZA", action: "PLT", last: "=cmd|' /C calc'!A0", company: "@evil", title: "+boss" });

    const chunks = await readAll(exportLeadsCsv(params(`offer=${offer}&source=AppSource`), me.id, { batchSize: 3 }));
    // Header, then ceil(8 / 3) = 3 batches: rows come in batches, not all at once.
    expect(chunks.length).toBe(4);
    const text = chunks.join("");
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^"Received","First name","Last name","E-mail"/);
    expect(lines.length).toBe(1 + 8);
    for (const id of ids) expect(text.split(id).length - 1, `lines with ${id}`).toBe(1);
    expect(text).not.toContain("Excluded");
    expect(text).toContain(`'=cmd|' /C calc'!A0`);
    expect(text).toContain(`,"'@evil","'+boss",`);
    expect(text).not.toMatch(/,=cmd/);
  });

  it("answers with only the header for a filter that matches nothing", async () => {
    const me = await seedUser();
    const text = (await readAll(exportLeadsCsv(params(`offer=${uniqueOffer()}`), me.id))).join("");
    expect(text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)).toHaveLength(1);
  });
});
