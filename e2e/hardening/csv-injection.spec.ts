// Issue 15 item 4: the CSV export cannot smuggle a formula into a spreadsheet,
// whatever list separator the spreadsheet's locale uses (",", ";" as in most
// of Europe, or a tab). The file is read the way a spreadsheet reads it, with
// each separator, and no cell may begin with a formula trigger; each hostile
// value must come back whole, in one cell, behind its apostrophe.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { signIn as signInHttp } from "../../tests/support/sign-in";
import { csvLine } from "../../lib/leads/csv";
import { e2ePort, sales } from "../support/accounts";
import { postLead, uniqueTag, webhookUrl } from "../support/webhook-key";

const base = `http://localhost:${e2ePort}`;
const separators = [",", ";", "\t"];
/** A cell a spreadsheet would evaluate: a trigger first, past any whitespace (tab, line breaks) and quotes. */
const trigger = /^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** RFC 4180 as spreadsheets apply it, with the locale's separator: rows of cells. */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === separator) endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const hostileText = fc.stringMatching(/^[=+\-@;,\t\r\n"'a-z0-9 |!()]{0,20}$/);

test("any text, under any separator, is one cell that starts with no formula trigger", () => {
  // Plain checks inside the property (Playwright's expect records a step per call: too slow for thousands of runs).
  fc.assert(
    fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (values) => {
      const line = csvLine(values);
      for (const separator of separators) {
        const rows = readCsv(line, separator);
        const formula = rows.flat().find((cell) => trigger.test(cell));
        if (formula !== undefined)
          throw new Error(
            `${JSON.stringify(formula)} read with ${JSON.stringify(separator)} from ${JSON.stringify(values)}`,
          );
        // Read as written (","), it is one row with each value in a cell of its own.
        if (separator === "," && (rows.length !== 1 || rows[0]!.length !== values.length))
          throw new Error(`Cells moved: ${JSON.stringify(values)}`);
      }
    }),
    { numRuns: 5_000 },
  );
});

test("the export of hostile leads opens safely with every list separator", async ({ browser, request }) => {
  const tag = uniqueTag();
  const hostile = ["a;=1+1;b", "x\t=2+2", "c;@SUM(A1);d", '=HYPERLINK("http://evil.example")', "e;+cmd|' /C calc'!A0"];
  const hook = await webhookUrl(browser);
  // Distinct last names: the same customer again would be a duplicate (200), not a new lead.
  for (const [i, company] of hostile.entries())
    await postLead(request, hook, { last: `${tag}x${i}`, company, source: "AzurePortal", action: "INS", offer: tag });
  const cookie = await signInHttp(base, sales.email, sales.password);
  const res = await fetch(`${base}/api/leads/export?q=${tag}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\uFEFF/, "");
  for (const separator of separators) {
    const rows = readCsv(text, separator);
    expect(rows.length, `rows with ${JSON.stringify(separator)}`).toBe(1 + hostile.length);
    for (const row of rows)
      for (const cell of row)
        expect(trigger.test(cell), `${JSON.stringify(cell)} with ${JSON.stringify(separator)}`).toBe(false);
  }
  // Read as written, each company is whole in its cell, apostrophes before its triggers.
  const unescape = (cell: string) => cell.replace(/(^|[,;\t\r\n])([\s"]*)'(?=[=+\-@])/g, "$1$2");
  const companies = readCsv(text, ",")
    .slice(1)
    .map((row) => unescape(row[5]!));
  expect(companies.sort()).toEqual([...hostile].sort());
});
