// Alert channel data: create (target sealed, webhook URLs vetted by the SSRF
// guard), list (never the target), enable/disable, delete, and open for sending.
import { getDb } from "@/lib/db";
import { InvalidInputError, type ErrorKey } from "@/lib/errors";
import type { AlertChannel } from "@/lib/generated/prisma/client";
import { decryptSecret, encryptSecret } from "@/lib/security/secret-box";
import { assertPublicUrl, blockedIssue, OutboundBlockedError } from "@/lib/security/ssrf-guard";
import { channelInputSchema, targetHint } from "./channel-input";

const SEAL_CONTEXT = "alert-channel.target";
const RESOLVE_TIMEOUT_MS = 5000;

/** Throws InvalidInputError (field errors) for the form to correct. */
export async function createChannel(raw: unknown): Promise<{ id: string; name: string }> {
  const parsed = channelInputSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError(parsed.error);
  const input = parsed.data;
  if (input.kind !== "EMAIL") {
    // Checked now for a clear message; the guarded fetch checks again on every send.
    try {
      await Promise.race([
        assertPublicUrl(input.target),
        new Promise((resolve) => setTimeout(resolve, RESOLVE_TIMEOUT_MS).unref()),
      ]);
    } catch (error) {
      if (error instanceof OutboundBlockedError) {
        const issue = blockedIssue("target", error);
        throw new InvalidInputError([issue], issue.message as ErrorKey, error.blocked);
      }
      // A host that does not resolve right now is accepted; sending will tell.
    }
  }
  const db = await getDb();
  const channel = await db.alertChannel.create({
    data: {
      kind: input.kind,
      name: input.name,
      target: encryptSecret(input.target, undefined, SEAL_CONTEXT),
      targetHint: targetHint(input.kind, input.target),
      events: input.events,
      digestHour: input.digestHour,
      locale: input.locale,
      timeZone: input.timeZone,
    },
  });
  return { id: channel.id, name: channel.name };
}

/** The target in the clear, for sending only. Throws SecretBoxError with another ENCRYPTION_KEY. */
export function openTarget(channel: Pick<AlertChannel, "target">): string {
  return decryptSecret(channel.target, undefined, SEAL_CONTEXT);
}

export async function listChannels() {
  const db = await getDb();
  return db.alertChannel.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      name: true,
      targetHint: true,
      events: true,
      digestHour: true,
      locale: true,
      timeZone: true,
      enabled: true,
      createdAt: true,
    },
  });
}

export async function setChannelEnabled(id: string, enabled: boolean) {
  const db = await getDb();
  const updated = await db.alertChannel.updateMany({ where: { id }, data: { enabled } });
  if (enabled === false)
    await db.alertMessage.updateMany({
      where: { channelId: id, state: "PENDING" },
      data: { state: "SKIPPED", lastError: "The channel was disabled." },
    });
  return updated.count > 0;
}

export async function deleteChannel(id: string) {
  const db = await getDb();
  return (await db.alertChannel.deleteMany({ where: { id } })).count > 0;
}
