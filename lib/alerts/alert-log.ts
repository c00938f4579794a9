// The alerts' log for Settings → Notifications: the latest messages, where
// they went (a channel, or a user's e-mail address; the page words it) and how they fared.
import { getDb } from "@/lib/db";
import { readContent } from "./alert-content";

export async function recentAlerts(limit = 50) {
  const db = await getDb();
  const rows = await db.alertMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      event: true,
      recipient: true,
      state: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      content: true,
      channel: { select: { name: true, kind: true } },
      user: { select: { email: true } },
    },
  });
  return rows.map(({ content, user, ...row }) => ({
    ...row,
    subject: readContent(content).subject,
    email: user?.email ?? null,
  }));
}
