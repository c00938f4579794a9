// Real receivers for the alert tests: an SMTP server on loopback (smtp-server,
// the server half of nodemailer's project) that keeps every message with its
// envelope, and an HTTP receiver that answers as Slack (200 "ok") or a Teams
// workflow (202) and keeps each JSON body. Plus the alert worker's rounds.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { readContent } from "@/lib/alerts/alert-content";
import { claimDueAlerts } from "@/lib/alerts/claim-alerts";
import { processAlert, type AlertResult } from "@/lib/alerts/process-alert";
import { sayAlert } from "@/lib/alerts/say-alert";
import { getDb } from "@/lib/db";
import { english } from "@/lib/i18n/translator";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** Header name (lower case) → value, unfolded. */
  headers: Map<string, string>;
  /** The text part, quoted-printable decoded. */
  text: string;
  /** The HTML part, decoded likewise ("" when there is none). */
  html: string;
}

const decode = (part: string) =>
  Buffer.from(
    part.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

function parseMail(raw: string): Pick<ReceivedMail, "headers" | "text" | "html"> {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const at = line.indexOf(":");
    if (at > 0) headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 1).trim());
  }
  const body = rest.join("\r\n\r\n");
  // The text/plain and text/html parts of a multipart/alternative message.
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  const parts = boundary ? body.split(`--${boundary}`) : [body];
  const partOf = (type: string) => {
    const found = parts.find((p) => new RegExp(`^\\r\\nContent-Type: text/${type}`, "i").test(p));
    if (!boundary) return type === "plain" ? body : "";
    return found ? found.slice(found.indexOf("\r\n\r\n") + 4).replace(/\r\n$/, "") : "";
  };
  return { headers, text: decode(partOf("plain")), html: decode(partOf("html")) };
}

export interface SmtpReceiver {
  port: number;
  url: string;
  mails: ReceivedMail[];
  logins: string[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (port 0, or the one given); accepts user "alerts" / password "smtp-secret". */
export async function startSmtpReceiver(port = 0): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? "");
      if (auth.username === "alerts" && auth.password === "smtp-secret") return callback(null, { user: auth.username });
      callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("latin1");
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        mails.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, ...parseMail(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://alerts:smtp-secret@127.0.0.1:${actual}`,
    mails,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ChatReceiver {
  url: string;
  bodies: { path: string; contentType: string; json: Record<string, unknown> }[];
  close(): Promise<void>;
}

/** Answers as the chat tool does: Slack 200 "ok", a Teams workflow 202 with no body. */
export async function startChatReceiver(as: "slack" | "teams"): Promise<ChatReceiver> {
  const bodies: ChatReceiver["bodies"] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      bodies.push({
        path: req.url ?? "",
        contentType: req.headers["content-type"] ?? "",
        json: JSON.parse(body) as Record<string, unknown>,
      });
      if (as === "slack") res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      else res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** Claim-and-send rounds until nothing is due; every result in order. */
export async function drainAlerts(): Promise<AlertResult[]> {
  const results: AlertResult[] = [];
  for (;;) {
    const claims = await claimDueAlerts({ limit: 20, leaseMs: 60_000 });
    if (!claims.length) return results;
    results.push(...(await Promise.all(claims.map((c) => processAlert(c, { random: () => 0.5 })))));
  }
}

export async function alertsFor(eventKeyPrefix: string) {
  const db = await getDb();
  return db.alertMessage.findMany({
    where: { eventKey: { startsWith: eventKeyPrefix } },
    include: { attemptLog: { orderBy: { startedAt: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
}

/** A stored alert's content as it reads in English, in UTC. */
export function inEnglish(content: unknown) {
  return sayAlert(readContent(content), { t: english, locale: "en", timeZone: "UTC" });
}

export async function makeAlertsDue() {
  const db = await getDb();
  await db.alertMessage.updateMany({
    where: { state: "PENDING" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
}
