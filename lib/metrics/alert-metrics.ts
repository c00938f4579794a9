// Alerts sent by this process' worker: by way (email, slack, teams), event and outcome.
import { counter } from "./registry";

export const alertsProcessed = counter({
  name: "leaddesk_alerts_total",
  help: "Alert send attempts by way (email, slack, teams), event and outcome (sent, retry, dead, skipped).",
  labelNames: ["via", "event", "outcome"],
});
