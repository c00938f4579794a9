// Every word a person reads comes from messages/*.json. This reads the pages and
// components (and the messages server actions return) with the TypeScript parser
// and fails on text written in place: JSX text, the props people read
// (placeholder, title, aria-label …), toasts, column headers and labels, page
// metadata. Brand and product names, and marketplace terms shown as sent, are allowed.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Names that read the same in every language. */
const ALLOWED_WORDS = [
  "Lead desk",
  "Microsoft Entra ID",
  "Microsoft",
  "Azure Marketplace",
  "Azure",
  "AppSource",
  "Dynamics 365",
  "HubSpot",
  "Salesforce",
  "Pipedrive",
  "Zoho",
  "Teams",
  "Slack",
  "Webhook",
  "CSV",
  "JSON",
  "HTTP",
  "HTTPS",
  "URL",
  "SMTP",
  "API",
  "UTC",
  "ID",
  "Ctrl",
  "Esc",
  "Enter",
];

/** JSX props whose text people read (or hear, for aria-*). */
const READ_PROPS = new Set([
  "placeholder",
  "title",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "alt",
  "label",
  "description",
  "confirmText",
  "confirmLabel",
  "pendingLabel",
  "heading",
  "emptyText",
  "message",
]);

/** Object properties whose text people read: column headers and labels, page metadata, action results. */
const READ_KEYS = new Set(["header", "label", "title", "description", "message", "placeholder", "emptyText"]);

const root = path.resolve(import.meta.dirname, "../../..");

function files(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) out.push(full);
    }
  };
  walk(path.join(root, dir));
  return out;
}

const allowed = new RegExp(ALLOWED_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/** Two letters in a row once the allowed names are taken out: words someone wrote for people. */
export function isProse(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replace(allowed, ""));
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The string literals a value can end up as (branches of ?:, ||, ??), not what a function returns. */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return literalsOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    return [node];
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
      node.operatorToken.kind,
    )
  )
    return [...literalsOf(node.left), ...literalsOf(node.right)];
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return "";
}

const isToastCall = (call: ts.CallExpression) => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === "toast";
  return (
    ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "toast"
  );
};

export function hardCodedStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const flag = (node: ts.Node, text: string) => {
    if (!isProse(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ file: path.relative(root, file), line: line + 1, text: text.trim().slice(0, 60) });
  };
  const flagValue = (value: ts.Expression) => literalsOf(value).forEach((l) => flag(l, literalText(l)));

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) flag(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) flagValue(node.expression);
    else if (ts.isJsxAttribute(node) && node.initializer && READ_PROPS.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) flag(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) flagValue(init.expression);
    } else if (ts.isPropertyAssignment(node) && READ_KEYS.has(node.name.getText(sf).replace(/["']/g, "")))
      flagValue(node.initializer);
    else if (ts.isCallExpression(node) && isToastCall(node)) node.arguments.forEach((a) => flagValue(a));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("no hard-coded user-visible strings", () => {
  it("finds the kinds of text it is meant to find (and lets names and markup through)", () => {
    const sample = `
      export const metadata = { title: "Leads" };
      const columns = [{ header: "Status", meta: { label: "Funnel stage", width: 100 } }];
      export function A({ n }: { n: number }) {
        toast.success("Saved.");
        return (
          <div className="flex gap-2" aria-label={\`Select \${n}\`} data-testid="x">
            Hello there
            <img alt="Lead desk" src="/icon.svg" />
            {n > 1 ? "many" : t("one")}
            <span title={t("full")}>{n} · CSV</span>
          </div>
        );
      }`;
    const texts = hardCodedStrings("sample.tsx", sample).map((f) => f.text);
    expect(texts).toEqual(["Leads", "Status", "Funnel stage", "Saved.", "Select", "Hello there", "many"]);
  });

  it("none in the pages, components and the messages server actions return", () => {
    const scanned = [...files("app", /\.tsx$/), ...files("components", /\.tsx$/), ...files("lib/actions", /\.ts$/)];
    const findings = scanned.flatMap((file) => hardCodedStrings(file, fs.readFileSync(file, "utf8")));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});
