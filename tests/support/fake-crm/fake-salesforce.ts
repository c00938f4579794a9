// Salesforce Web-to-Lead: accepts any form post with 200 and an HTML page,
// as the real servlet does — even for leads it will drop. When told to, it
// answers (still 200) with the page Salesforce shows when it refuses a lead.
import { startFakeServer, type FakeServer } from "./fake-server";

export interface FakeWebToLead extends FakeServer {
  /** The next post gets Salesforce's "could not create this lead" page with this reason. */
  refuseNext(reason: string): void;
}

/** The shape of Salesforce's refusal page (HTTP 200). */
export function webToLeadErrorPage(reason: string): string {
  return (
    "<html><head><title>Web-to-Lead</title></head><body>\n<p><b>Error:</b> Salesforce could not create this lead " +
    "because of the reason listed below. For more information about this error or help with Web-to-Lead, please " +
    `contact Customer Support.</p>\n<p><b>Reason:</b> ${reason}</p>\n</body></html>`
  );
}

export async function startFakeSalesforce(): Promise<FakeWebToLead> {
  const refusals: string[] = [];
  const server = await startFakeServer((req) => {
    if (req.method !== "POST" || req.path !== "/servlet/servlet.WebToLead") return null;
    const reason = refusals.shift();
    if (reason !== undefined) return { status: 200, body: webToLeadErrorPage(reason) };
    return {
      status: 200,
      body: '<html><head><meta http-equiv="Refresh" content="0; URL=https://www.salesforce.com"></head></html>',
    };
  });
  return { ...server, refuseNext: (reason) => void refusals.push(reason) };
}
