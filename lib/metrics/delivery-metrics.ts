// Delivery attempts made by this process' worker, by destination kind and outcome.
import { counter } from "./registry";

export const deliveriesProcessed = counter({
  name: "leaddesk_deliveries_total",
  help: "Delivery attempts by destination kind and outcome (delivered, retry, dead, cancelled, lost-claim).",
  labelNames: ["kind", "outcome"],
});
