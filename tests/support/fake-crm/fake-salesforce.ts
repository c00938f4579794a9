// Salesforce Web-to-Lead: accepts any form post with 200 and an HTML page,
// as the real servlet does — even for leads it will drop.
import { startFakeServer, type FakeServer } from "./fake-server";

export async function startFakeSalesforce(): Promise<FakeServer> {
  return startFakeServer((req) =>
    req.method === "POST" && req.path === "/servlet/servlet.WebToLead"
      ? { status: 200, body: "<html><head><meta http-equiv=\"Refresh\" content=\"0; URL=https://www.salesforce.com\"></head></html>" }
      : null,
  );
}
