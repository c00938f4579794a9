// A Slack incoming-webhook message in Block Kit: `text` is the notification
// and fallback; blocks carry the header, summary, facts (section fields, at
// most 10) and a link button. Slack's mrkdwn reserves &, < and >.
import type { SaidAlert } from "./say-alert";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackMessage(content: SaidAlert) {
  const blocks: Record<string, unknown>[] = [
    { type: "header", text: { type: "plain_text", text: content.subject.slice(0, 150) } },
  ];
  if (content.summary) blocks.push({ type: "section", text: { type: "mrkdwn", text: escape(content.summary) } });
  if (content.facts.length) {
    const fields = content.facts
      .slice(0, 10)
      .map((f) => ({ type: "mrkdwn", text: `*${escape(f.label)}*\n${escape(f.value)}` }));
    blocks.push({ type: "section", fields });
  }
  if (content.link) {
    const button = { type: "button", text: { type: "plain_text", text: content.link.label }, url: content.link.url };
    blocks.push({ type: "actions", elements: [button] });
  }
  return { text: escape(content.subject), blocks };
}
