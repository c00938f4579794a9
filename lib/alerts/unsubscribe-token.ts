// The unsubscribe link every alert e-mail carries: a signed token naming what
// to stop (a user's preference, or an e-mail channel), so it works in one
// click without signing in and cannot be forged or pointed at someone else.
// Signed with a key derived from ENCRYPTION_KEY, which every instance shares.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/app-url";
import { encryptionKey } from "@/lib/security/secret-box";
import { userMailPreferences, type MailPreference } from "./events";

export type UnsubscribeSubject =
  { kind: "user"; userId: string; preference: MailPreference } | { kind: "channel"; channelId: string };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signingKey(key: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "leaddesk unsubscribe v1", 32));
}

const sign = (payload: string, key: Buffer) => createHmac("sha256", signingKey(key)).update(payload).digest();

export function unsubscribeToken(subject: UnsubscribeSubject, key: Buffer = encryptionKey()): string {
  const payload =
    subject.kind === "user" ? `user:${subject.userId}:${subject.preference}` : `channel:${subject.channelId}`;
  return `${Buffer.from(payload).toString("base64url")}.${sign(payload, key).toString("base64url")}`;
}

/** The subject a token names, or null when it is malformed or its signature does not match. */
export function readUnsubscribeToken(token: string, key: Buffer = encryptionKey()): UnsubscribeSubject | null {
  const [encoded, signature, ...rest] = token.split(".");
  if (!encoded || !signature || rest.length) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const given = Buffer.from(signature, "base64url");
  const expected = sign(payload, key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [kind, id, preference] = payload.split(":");
  if (!id || !uuid.test(id)) return null;
  if (kind === "channel" && preference === undefined) return { kind: "channel", channelId: id };
  const known = userMailPreferences.find((p) => p.value === preference);
  return kind === "user" && known ? { kind: "user", userId: id, preference: known.value } : null;
}

/** The page the link opens (one button); List-Unsubscribe-Post goes straight to the API route. */
export function unsubscribeUrls(subject: UnsubscribeSubject): { page: string; oneClick: string } {
  const token = encodeURIComponent(unsubscribeToken(subject));
  return { page: `${appUrl()}/unsubscribe?token=${token}`, oneClick: `${appUrl()}/api/unsubscribe?token=${token}` };
}
