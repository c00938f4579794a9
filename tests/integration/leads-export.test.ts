import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { csvCell, csvLine } from "@/lib/leads/csv";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { applyChange } from "@/lib/leads/triage";
import { params, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

async function readAll(stream: ReadableStream<Uint8Array>) {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    chunks.push(decoder.decode(chunk, { stream: true }));
  return chunks;
}

describe("CSV cells", () => {
  it("neutralises formula triggers and quotes what needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
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
    for (let i = 0; i < 7; i += 1)
      ids.push(
        await seedLead({ offer, source: "SPZA", action: "PLT", last: `Row${i}`, ...(i < 5 && { receivedAt: same }) }),
      );
    await seedLead({ offer, source: "AzureMarketplace", last: "Excluded" });
    await seedLead({
      offer,
      source: "SPZA",
      action: "PLT",
      last: "=cmd|' /C calc'!A0",
      company: "@evil",
      title: "+boss",
    });

    const chunks = await readAll(exportLeadsCsv(params(`offer=${offer}&source=AppSource`), me.id, { batchSize: 3 }));
    // Header, then ceil(8 / 3) = 3 batches: rows come in batches, not all at once.
    expect(chunks.length).toBe(4);
    const text = chunks.join("");
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toMatch(/^"Received","First name","Last name","E-mail"/);
    expect(lines.length).toBe(1 + 8);
    for (const id of ids) expect(text.split(id).length - 1, `lines with ${id}`).toBe(1);
    expect(text).not.toContain("Excluded");
    expect(text).toContain(`'=cmd|' /C calc'!A0`);
    expect(text).toContain(`,"'@evil","'+boss",`);
    expect(text).not.toMatch(/,=cmd/);
  });

  it("writes each lead's own values in every cell, under a date filter", async () => {
    const me = await seedUser();
    const offer = uniqueOffer();
    const day = 86_400_000;
    // Milliseconds that a rounding or a time zone would move.
    const at = new Date(Math.floor(Date.now() / day) * day - 3 * day + 23 * 3_600_000 + 59 * 60_000 + 59_999);
    const first = await seedLead({
      offer,
      first: "Zoë",
      last: "O'Brien",
      company: "Fabrikam, Inc.",
      source: "SPZA",
      action: "PLT",
      email: `dup-${offer}@example.com`,
      receivedAt: at,
    });
    const again = await seedLead({
      offer,
      first: "Zoë",
      last: "O'Brien",
      company: "Fabrikam, Inc.",
      title: "=CTO",
      source: "SPZA",
      action: "PLT",
      email: `dup-${offer}@example.com`,
    });
    await seedLead({ offer, last: "Too old", receivedAt: new Date(at.getTime() - 5 * day) });
    await applyChange([first], { kind: "owner", ownerId: me.id }, me);
    await applyChange([first], { kind: "status", status: "QUALIFIED" }, me);
    const db = await getDb();
    const leads = await db.lead.findMany({
      where: { id: { in: [first, again] } },
      include: { owner: true },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    });
    expect(leads.map((l) => l.id)).toEqual([again, first]);
    expect(leads[0]!.duplicateOfId).toBe(first);
    const from = new Date(at.getTime() - day).toISOString().slice(0, 10);
    const text = (await readAll(exportLeadsCsv(params(`offer=${offer}&from=${from}`), me.id))).join("");
    const expected = leads.map((l) =>
      csvLine([
        l.receivedAt,
        l.firstName,
        l.lastName,
        l.email,
        l.phone,
        l.company,
        l.title,
        l.country,
        l.source,
        l.action,
        l.offerId,
        l.offerTitle,
        l.stage,
        l.status,
        l.owner?.email,
        l.isTest,
        l.doNotContact,
        l.duplicateOfId,
        l.id,
        undefined,
      ]),
    );
    expect(
      text
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .slice(1)
        .join("\r\n"),
    ).toBe(expected.join(""));
    // The instant to the millisecond, in UTC, unquoted as before.
    expect(text).toContain(`\r\n${at.toISOString()},`);
  });

  it("answers with only the header for a filter that matches nothing", async () => {
    const me = await seedUser();
    const text = (await readAll(exportLeadsCsv(params(`offer=${uniqueOffer()}`), me.id))).join("");
    expect(
      text
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean),
    ).toHaveLength(1);
  });
});
