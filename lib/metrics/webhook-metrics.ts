// What the webhook counts: every answer by status, its latency, and each lead
// received by source and outcome (created, duplicate, retry, or why not).
import { counter, histogram } from "./registry";

export const leadsReceived = counter({
  name: "leaddesk_leads_received_total",
  help: "Bodies posted to the webhook with a valid key, by lead source and outcome.",
  labelNames: ["source", "outcome"],
});

export const webhookAnswers = counter({
  name: "leaddesk_webhook_responses_total",
  help: "Webhook answers by HTTP status.",
  labelNames: ["status"],
});

export const webhookDuration = histogram({
  name: "leaddesk_webhook_duration_seconds",
  help: "Time from a webhook request's arrival to its answer.",
  labelNames: ["status"],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});
