// POST /api/unsubscribe: mail clients post here themselves (List-Unsubscribe-Post:
// List-Unsubscribe=One-Click, RFC 8058) and get a plain answer, in English as
// every API route answers; the unsubscribe page's button (from=page) is sent
// back to that page, which speaks the reader's language. The signed token in
// the query or the form is the only authority; no session is needed.
import { appUrl } from "@/lib/app-url";
import { english } from "@/lib/i18n/translator";
import { alertText } from "./alert-content";
import { unsubscribe } from "./unsubscribe";
import { unsubscribeWhat } from "./unsubscribe-what";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function answerUnsubscribe(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => null);
  const token = url.searchParams.get("token") ?? String(form?.get("token") ?? "");
  if (!token) return text(400, alertText(english, "unsubscribeNoToken"));
  const result = await unsubscribe(token);
  if (!result.ok) return text(400, alertText(english, result.reason));
  if (form?.get("from") !== "page") {
    const what = unsubscribeWhat(result.subject, english);
    return text(200, alertText(english, "unsubscribeDone", { what }));
  }
  return new Response(null, {
    status: 303,
    headers: { Location: `${appUrl()}/unsubscribe?done=1&token=${encodeURIComponent(token)}` },
  });
}
