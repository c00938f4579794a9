/** The ready-to-paste URL for a key; APP_URL is the app's public address. */
export function webhookUrl(key: string, appUrl = process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`): string {
  return `${appUrl.replace(/\/+$/, "")}/api/webhooks/marketplace/${key}`;
}
