// One-click unsubscribe, without signing in: the signed token in the link is
// the authority (lib/alerts/unsubscribe-token.ts). Mail clients POST here
// themselves (List-Unsubscribe-Post: List-Unsubscribe=One-Click, RFC 8058) and
// get a plain answer; the unsubscribe page's button is sent back to that page.
import { unsubscribe } from "@/lib/alerts/unsubscribe";
import { appUrl } from "@/lib/app-url";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function POST(request: Request) {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => null);
  const token = url.searchParams.get("token") ?? String(form?.get("token") ?? "");
  const fromPage = form?.get("from") === "page";
  if (!token) return text(400, "The unsubscribe link has no token. Copy the whole link from the e-mail.");
  const result = await unsubscribe(token);
  if (!result.ok) return text(400, result.message);
  if (!fromPage) return text(200, `Unsubscribed from ${result.what}.`);
  return Response.redirect(`${appUrl()}/unsubscribe?done=1&token=${encodeURIComponent(token)}`, 303);
}
