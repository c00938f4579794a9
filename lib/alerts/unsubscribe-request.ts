// POST /api/unsubscribe: mail clients post here themselves (List-Unsubscribe-Post:
// List-Unsubscribe=One-Click, RFC 8058) and get a plain answer; the unsubscribe
// page's button (from=page) is sent back to that page. The signed token in the
// query or the form is the only authority; no session is needed.
import { appUrl } from "@/lib/app-url";
import { unsubscribe } from "./unsubscribe";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function answerUnsubscribe(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => null);
  const token = url.searchParams.get("token") ?? String(form?.get("token") ?? "");
  if (!token) return text(400, "The unsubscribe link has no token. Copy the whole link from the e-mail.");
  const result = await unsubscribe(token);
  if (!result.ok) return text(400, result.message);
  if (form?.get("from") !== "page") return text(200, `Unsubscribed from ${result.what}.`);
  return new Response(null, {
    status: 303,
    headers: { Location: `${appUrl()}/unsubscribe?done=1&token=${encodeURIComponent(token)}` },
  });
}
