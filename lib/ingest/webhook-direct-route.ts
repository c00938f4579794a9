// The webhook answered by the app's own HTTP server, ahead of Next's router
// (lib/http/direct-routes.mjs): the same handler as app/api/webhooks/marketplace;
// the server has set the security headers on the response already. Under load Next's request pipeline
// cost each post three times the handler's own CPU (docs/performance.md), and
// the marketplace needs nothing from it: no session, page or middleware.
import { registerDirectRoute } from "@/lib/http/direct-routes.mjs";
import { handleMarketplaceWebhook } from "./webhook-handler";

/** The paths of app/api/webhooks/marketplace/route.ts and its [key]/route.ts. */
const webhookPath = /^\/api\/webhooks\/marketplace(?:\/([^/]+))?$/;

/** The route's name among the server's direct routes (the HTTP fuzz checks it is registered). */
export const webhookRouteName = "marketplace webhook";

export function serveWebhookDirectly(): void {
  registerDirectRoute({
    name: webhookRouteName,
    method: "POST",
    path: webhookPath,
    handle: (request, [key]) => handleMarketplaceWebhook(request, key),
  });
}
