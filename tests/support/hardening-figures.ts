// What the hardening tests measured (cases tried, kills survived, requests
// held, memory sampled…): each test records its figures here, and
// `npm test` and `npm run test:hardening` print them all at the end
// (docs/hardening.md). Playwright and Vitest both write here.
import fs from "node:fs";
import path from "node:path";

export const figuresDir = path.join(process.cwd(), "test-results", "hardening");

export type Figures = Record<string, string | number | boolean | null>;

export function recordFigures(name: string, figures: Figures): void {
  fs.mkdirSync(figuresDir, { recursive: true });
  fs.writeFileSync(
    path.join(figuresDir, `${name}.json`),
    JSON.stringify({ name, recordedAt: new Date().toISOString(), figures }, null, 2),
  );
}

export function readAllFigures(): { name: string; recordedAt: string; figures: Figures }[] {
  if (!fs.existsSync(figuresDir)) return [];
  return fs
    .readdirSync(figuresDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(figuresDir, f), "utf8")));
}

export function printFigures(): void {
  const all = readAllFigures();
  if (!all.length) return;
  console.log("\n━━ hardening figures ━━");
  for (const { name, figures } of all) {
    console.log(
      `${name}: ${Object.entries(figures)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}`,
    );
  }
}
