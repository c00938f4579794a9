import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { csvCell, csvLine } from "@/lib/leads/csv";
import { csvHeader } from "@/lib/leads/csv-header";
import { exportCsvResponse } from "@/lib/leads/export-csv-response";
import { exportLeadsCsv } from "@/lib/leads/export-leads-csv";
import { applyChange } from "@/lib/leads/triage";
import type { SessionUser } from "@/lib/auth/session";
import { params, readAll, seedLead, seedUser, uniqueOffer } from "@/tests/support/leads";

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

const english = () => csvHeader("en");

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

    const chunks = await readAll(
      exportLeadsCsv(params(`offer=${offer}&source=AppSource`), me.id, { batchSize: 3, header: await english() }),
    );
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
    const text = (
      await readAll(exportLeadsCsv(params(`offer=${offer}&from=${from}`), me.id, { header: await english() }))
    ).join("");
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
    const text = (
      await readAll(exportLeadsCsv(params(`offer=${uniqueOffer()}`), me.id, { header: await english() }))
    ).join("");
    expect(
      text
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .filter(Boolean),
    ).toHaveLength(1);
  });

  describe("the header row", () => {
    // GET /api/leads/export as the route answers it, after its session check.
    async function exported(user: SessionUser, query: string, acceptLanguage?: string) {
      const request = new Request(`https://leads.example.com/api/leads/export?${query}`, {
        headers: acceptLanguage ? { "accept-language": acceptLanguage } : {},
      });
      const response = await exportCsvResponse({ query: params(query), user, request });
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("vary")).toBe("Accept-Language");
      const [header, ...rows] = (await response.text())
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split("\r\n");
      return { header, rows };
    }

    it("speaks the viewer's language: their saved choice, else the browser's, else English; keys on request", async () => {
      const me = await seedUser();
      const offer = uniqueOffer();
      const id = await seedLead({ offer, source: "SPZA", action: "PLT", last: "Ribeiro" });
      await applyChange([id], { kind: "status", status: "QUALIFIED" }, me);
      const query = `offer=${offer}`;

      const english = await exported(me, query);
      expect(english.header).toBe(
        '"Received","First name","Last name","E-mail","Phone","Company","Title","Country","Source","Action",' +
          '"Offer id","Offer","Stage","Status","Owner","Test","Do not contact","Duplicate of","Lead id","CRM records"',
      );
      const portuguese = await exported(me, query, "pt-PT,pt;q=0.9,en;q=0.8");
      expect(portuguese.header).toMatch(/^"Recebido","Nome próprio","Apelido","E-mail","Telefone","Empresa",/);
      expect(portuguese.header).toContain('"Estado","Responsável","Teste","Não contactar"');
      // A saved choice wins over the browser.
      const spanish = await exported({ ...me, locale: "es-ES" }, query, "pt-PT");
      expect(spanish.header).toMatch(/^"Recibido","Nombre","Apellidos","Correo electrónico",/);

      const keys = await exported({ ...me, locale: "pt-PT" }, `${query}&headers=keys`, "pt-PT");
      const machineNames =
        "received_at,first_name,last_name,email,phone,company,title,country,source,action,offer_id,offer,stage," +
        "status,owner,test,do_not_contact,duplicate_of,lead_id,crm_records";
      expect(keys.header).toBe(
        machineNames
          .split(",")
          .map((name) => `"${name}"`)
          .join(","),
      );
      // The cells do not change with the language: enum values, ISO instants, true/false.
      expect(new Set([english.rows, portuguese.rows, spanish.rows, keys.rows].map((r) => r.join("\n"))).size).toBe(1);
      expect(english.rows).toHaveLength(1);
      expect(english.rows[0]).toContain(',"QUALIFIED",');
      expect(english.rows[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
    });
  });
});
