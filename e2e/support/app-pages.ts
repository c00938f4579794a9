// Every page of the app, as URLs for one lead, one destination and one rule, for the
// tests that must visit them all (CSP, planted secrets). pagesFileCount()
// lets a test notice a page added without being listed here.
import fs from "node:fs";
import path from "node:path";

export function adminPages(ids: { leadId: string; destinationId: string; assignmentRuleId: string }): string[] {
  return [
    "/",
    "/leads",
    `/leads/${ids.leadId}`,
    "/settings",
    "/settings/users",
    "/settings/webhooks",
    "/settings/receipts",
    "/settings/destinations",
    "/settings/destinations/new",
    `/settings/destinations/${ids.destinationId}`,
    `/settings/destinations/${ids.destinationId}/edit`,
    "/settings/assignment",
    `/settings/assignment/${ids.assignmentRuleId}`,
    "/settings/notifications",
    "/forbidden",
    "/profile",
    "/unsubscribe",
  ];
}

export function salesPages(ids: { leadId: string }): string[] {
  return ["/", "/leads", `/leads/${ids.leadId}`, "/forbidden", "/profile", "/unsubscribe"];
}

/** app/**\/page.tsx outside parallel-route slots (which render URLs listed here). */
export function pagesFileCount(dir = path.join(process.cwd(), "app")): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => {
    if (entry.isDirectory()) {
      return entry.name.startsWith("@") ? n : n + pagesFileCount(path.join(dir, entry.name));
    }
    return n + (entry.name === "page.tsx" ? 1 : 0);
  }, 0);
}
