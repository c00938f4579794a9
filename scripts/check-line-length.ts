// No source line over 120 characters outside the tests (Prettier wraps code at
// 120 but leaves long strings, comments and template literals alone). Part of
// `npm test`; prints file:line for each offender and exits non-zero.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const MAX = 120;
// Code and the files that configure and build it; not prose (*.md), message catalogues or the
// migrations (history: an applied migration is never edited).
const checked = /\.(ts|tsx|mts|mjs|js|jsx|css|prisma|sql|sh|ya?ml)$|(^|\/)Dockerfile$|^\.ci\/run$/;
const exempt = /^(tests|e2e)\/|^lib\/generated\/|^prisma\/migrations\//;

const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
  encoding: "utf8",
})
  .split("\0")
  .filter((file) => checked.test(file) && !exempt.test(file) && fs.existsSync(file));
// Prisma's schema language cannot wrap an attribute's arguments (a multi-column index with
// operator classes is one line or nothing).
const unwrappable = (file: string, line: string) => file.endsWith(".prisma") && /^\s*@@\w+\(/.test(line);
const offenders: string[] = [];
for (const file of files) {
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.length > MAX && !unwrappable(file, line))
        offenders.push(`${file}:${i + 1} is ${line.length} characters`);
    });
}
if (offenders.length) {
  console.error(`${offenders.length} lines are longer than ${MAX} characters:\n${offenders.join("\n")}`);
  process.exit(1);
}
console.log(`Line length: ${files.length} files, no line over ${MAX} characters.`);
