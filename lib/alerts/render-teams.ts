// A Microsoft Teams workflow webhook ("Send webhook alerts to a channel")
// takes a message activity whose attachment is an Adaptive Card.
import type { SaidAlert } from "./say-alert";

export function teamsMessage(content: SaidAlert) {
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: content.subject, size: "Medium", weight: "Bolder", wrap: true },
  ];
  if (content.summary) body.push({ type: "TextBlock", text: content.summary, wrap: true });
  if (content.facts.length)
    body.push({ type: "FactSet", facts: content.facts.map((f) => ({ title: f.label, value: f.value })) });
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body,
    ...(content.link
      ? { actions: [{ type: "Action.OpenUrl", title: content.link.label, url: content.link.url }] }
      : {}),
  };
  return {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }],
  };
}
