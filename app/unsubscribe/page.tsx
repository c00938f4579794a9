import type { Metadata } from "next";
import { userMailPreferences } from "@/lib/alerts/events";
import { readUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe" };
export const dynamic = "force-dynamic";

// Opened from an alert e-mail, signed in or not. A button, not the link itself,
// unsubscribes: mail scanners open links, they do not press buttons.
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const subject = token ? readUnsubscribeToken(token) : null;
  const what = !subject
    ? null
    : subject.kind === "user"
      ? `e-mails when "${userMailPreferences.find((p) => p.value === subject.preference)!.label.toLowerCase()}"`
      : "this address's Lead desk alerts";
  return (
    <main className="centered">
      <div className="panel card">
        <h1>Unsubscribe</h1>
        {!what ? (
          <p className="alert error" role="alert">
            This unsubscribe link is not valid. Copy the whole link from the e-mail.
          </p>
        ) : params.done ? (
          <p className="alert ok" role="status">
            You are unsubscribed from {what}. Signed-in users can turn them on again on their profile page.
          </p>
        ) : (
          <form method="post" action="/api/unsubscribe" className="form">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="from" value="page" />
            <p>Stop {what}?</p>
            <div>
              <button type="submit">Unsubscribe</button>
            </div>
          </form>
        )}
      </div>
    </main>
  );
}
