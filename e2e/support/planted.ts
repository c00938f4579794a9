// Secret values e2e/serve.ts plants in the server (environment, a webhook key,
// a destination's secrets) so the web-security tests can search every answer,
// the client bundle and the server's log for them. Written by serve.ts to
// test-results/e2e-planted.json; the server's output goes to e2e-server.log.
import fs from "node:fs";
import path from "node:path";

export interface PlantedSecrets {
  authSecret: string;
  encryptionKey: string;
  webhookKey: string;
  destinationId: string;
  assignmentRuleId: string;
  destinationHeaderValue: string;
  destinationSigningSecret: string;
  /** The secret part of a planted Slack alert channel's webhook URL. */
  alertChannelSecret: string;
}

export const plantedFile = path.join(process.cwd(), "test-results", "e2e-planted.json");
export const serverLogFile = path.join(process.cwd(), "test-results", "e2e-server.log");

export const readPlanted = (): PlantedSecrets => JSON.parse(fs.readFileSync(plantedFile, "utf8"));
