// CSV cells that are safe to open in a spreadsheet (CSV injection). Every text
// cell is quoted. That is not enough on its own: a spreadsheet whose list
// separator is ";" (most of Europe) or a tab reads this comma-separated file
// with quotes that no longer line up, so a ";" inside any value starts a new
// cell there. So a formula trigger (= + - @ and their full-width forms) gets
// an apostrophe before it wherever a cell could begin: at the start, and after
// any ",", ";", tab or line break (past spaces and quotes). A cell that begins
// with a tab or line break gets one too. Spreadsheets then show text, never
// evaluate it.
const trigger = "=+\\-@\\uff1d\\uff0b\\uff0d\\uff20";
const cellStartTrigger = new RegExp(`(^|[,;\\t\\r\\n])([\\s"]*)(?=[${trigger}])`, "g");
const controlStart = /^[\t\r\n]/;

export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  let text = value.replace(cellStartTrigger, "$1$2'");
  if (controlStart.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: Parameters<typeof csvCell>[0][]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
