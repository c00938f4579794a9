// CSV cells that are safe to open in a spreadsheet. Every text cell is quoted,
// so no character inside it can start a new cell: spreadsheets whose list
// separator is ";" (most of Europe) or a tab would otherwise split `a;=1+1;b`
// and evaluate the middle as a formula. A text cell that begins with a formula
// trigger (= + - @, their full-width forms, tab, CR, LF) also gets a leading
// apostrophe, so it shows as text instead of executing (CSV injection).
const FORMULA_START = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: Parameters<typeof csvCell>[0][]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
