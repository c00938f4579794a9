import { appUrl } from "@/lib/app-url";

/** The ready-to-paste URL for a key, under the app's public address. */
export function webhookUrl(key: string, base = appUrl()): string {
  return `${base}/api/webhooks/marketplace/${key}`;
}
