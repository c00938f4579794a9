// Dates are rendered on the server in UTC so every viewer and test sees the same text.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
