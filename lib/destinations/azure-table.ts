// Azure Table storage, entity for entity like Microsoft's own connector, so
// existing readers (Power Automate flows, scripts polling by Timestamp) keep
// working. The SDK does its own HTTP: the account URL is checked by the SSRF
// guard and every socket goes through the guarded DNS lookup.
import { AzureSASCredential, RestError, TableClient, type TableServiceClientOptions } from "@azure/data-tables";
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";
import { defineAdapter } from "@/lib/destinations/define-adapter";
import { baseUrl, fieldMeta } from "@/lib/destinations/form-fields";
import { describeError } from "@/lib/destinations/http-call";
import { explainAzureTableError } from "@/lib/destinations/azure-table-error";
import { classifyError, failedVerdict, type OutcomeDraft } from "@/lib/destinations/judge-exchange";
import { leadSourceString, marketplaceUserDetails } from "@/lib/destinations/lead-text";
import type { SecretScrubber } from "@/lib/destinations/secret-scrubber";
import type { RecordedRequest, SendContext } from "@/lib/destinations/types";
import type { LeadForDelivery } from "@/lib/leads/lead";
import { guardedAgent } from "@/lib/security/guarded-agent";
import { isAllowedHost } from "@/lib/security/outbound-allow-list";
import { assertPublicUrl, defaultPort } from "@/lib/security/ssrf-guard";

export const azureTableConfigSchema = z
  .object({
    connectionString: z
      .string()
      .trim()
      .optional()
      .register(fieldMeta, {
        label: "Connection string",
        hint:
          "Azure portal → Storage account → Security + networking → Access keys → Connection string. " +
          "Or leave empty and use an account URL with a SAS token.",
        secret: true,
      }),
    accountUrl: baseUrl().optional().register(fieldMeta, {
      target: "value",
      label: "Table service URL (with SAS token)",
      hint: "Storage account → Endpoints → Table service, e.g. https://contoso.table.core.windows.net.",
      placeholder: "https://<account>.table.core.windows.net",
      input: "url",
    }),
    sasToken: z
      .string()
      .trim()
      .optional()
      .register(fieldMeta, {
        label: "SAS token",
        hint:
          "Storage account → Shared access signature: service Table, resource types Container + Object, " +
          "permissions Add + Create + Write.",
        secret: true,
      }),
    tableName: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9]{2,62}$/, errorKey("azureTableName"))
      .default("MarketplaceLeads")
      .register(fieldMeta, { label: "Table name", hint: "Created automatically when missing." }),
  })
  .refine((c) => Boolean(c.connectionString) !== Boolean(c.accountUrl && c.sasToken), {
    message: errorKey("azureTableCredentials"),
    path: ["connectionString"],
  });
export type AzureTableConfig = z.output<typeof azureTableConfigSchema>;

/**
 * Azure keys may not contain / \ # ? or control characters; Microsoft's
 * samples escape them as ":2F" (hence 11/22/2026 → 11:2F22:2F2026).
 */
export function escapeTableKey(key: string): string {
  return key.replace(
    /[/\\#?\u0000-\u001f\u007f-\u009f]/g,
    (ch) => `:${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** M/D/YYYY of the lead's creation (UTC), escaped for use as a PartitionKey. */
export function partitionKeyFor(created: Date): string {
  return escapeTableKey(`${created.getUTCMonth() + 1}/${created.getUTCDate()}/${created.getUTCFullYear()}`);
}

export function leadEntity(lead: LeadForDelivery) {
  const created = lead.sourceCreatedAt ?? lead.receivedAt;
  return {
    partitionKey: partitionKeyFor(created),
    rowKey: escapeTableKey(lead.id),
    ActionCode: lead.action ?? "",
    CreatedTime: created.toISOString(),
    CustomerInfo: JSON.stringify(marketplaceUserDetails(lead.customer)),
    Description: lead.description ?? "",
    LeadSource: leadSourceString(lead),
    OfferDisplayName: lead.offerTitle ?? "",
  };
}

/** The entity as the service stores it (the SDK spells the keys in camelCase). */
function wireEntity({ partitionKey, rowKey, ...properties }: ReturnType<typeof leadEntity>) {
  return { PartitionKey: partitionKey, RowKey: rowKey, ...properties };
}

function connect(config: AzureTableConfig): TableClient {
  const options = (insecure: boolean): TableServiceClientOptions => ({
    allowInsecureConnection: insecure,
    // The delivery worker owns retries (with a schedule over two days).
    retryOptions: { maxRetries: 0 },
    // Redirects are never followed (the SDK would follow a same-origin 307 to
    // another path), as with every other destination: see guarded-fetch.ts.
    redirectOptions: { maxRetries: 0 },
  });
  const make = (insecure: boolean) =>
    config.connectionString
      ? TableClient.fromConnectionString(config.connectionString, config.tableName, options(insecure))
      : new TableClient(
          config.accountUrl!,
          config.tableName,
          new AzureSASCredential(config.sasToken!),
          options(insecure),
        );
  const client = make(false);
  // Plain http is only for emulators and private gateways the admin chose.
  return client.url.startsWith("http:") ? make(true) : client;
}

/** Everything in a connection string or SAS token that grants access. */
function registerSecrets(config: AzureTableConfig, secrets: SecretScrubber): void {
  for (const part of (config.connectionString ?? "").split(";")) {
    const [name, ...rest] = part.split("=");
    if (/^(AccountKey|SharedAccessSignature)$/i.test(name?.trim() ?? "")) secrets.add(rest.join("="));
  }
  const sas = config.sasToken ?? config.connectionString?.match(/SharedAccessSignature=([^;]+)/i)?.[1];
  if (sas) secrets.add(new URLSearchParams(sas.replace(/^\?/, "")).get("sig"));
}

const knownTables = new Set<string>();

function restErrorOutcome(error: unknown, request: RecordedRequest, ctx: SendContext, step: string): OutcomeDraft {
  const explained = explainAzureTableError(error);
  if (!explained) {
    const why = describeError(error, ctx.timeoutMs);
    const permanent = classifyError(error) === "permanent";
    return {
      ok: false,
      httpStatus: null,
      request,
      responseExcerpt: why,
      error: why,
      retryable: !permanent,
      verdict: permanent
        ? `Not sent: ${why}`
        : `Could not reach Azure Table storage while ${step} (${why}). The lead will be retried.`,
    };
  }
  const status = (error as RestError).statusCode ?? null;
  const asksToWait = explained.retryable && (status === 429 || status === 503);
  const refused = `refused ${step}`;
  const retryAfter = asksToWait ? ((error as RestError).response?.headers.get("retry-after") ?? null) : null;
  return {
    ok: false,
    httpStatus: status,
    request,
    responseExcerpt: explained.raw,
    ...failedVerdict("Azure Table storage", status, explained, Boolean(explained.retryable), retryAfter, refused),
  };
}

export const azureTableAdapter = defineAdapter({
  kind: "AZURE_TABLE",
  label: "Azure Table",
  description: "Writes each lead as an entity into an Azure Storage table, in the same shape as Microsoft's connector.",
  configSchema: azureTableConfigSchema,
  recordLink: () => ({ label: "Azure Table entity (PartitionKey/RowKey)", url: null }),
  async send(lead, config, ctx, secrets) {
    registerSecrets(config, secrets);
    let client: TableClient;
    try {
      client = connect(config);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        retryable: false,
        httpStatus: null,
        request: { method: "POST", url: "", headers: {}, body: null },
        responseExcerpt: "",
        verdict: `Not sent: the storage connection settings could not be used (${why}).`,
        error: why,
      };
    }
    const entity = leadEntity(lead);
    const request: RecordedRequest = {
      method: "POST",
      url: `${client.url.replace(/\/+$/, "")}/${config.tableName}`,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(wireEntity(entity)),
    };
    try {
      await assertPublicUrl(client.url);
    } catch (error) {
      return restErrorOutcome(error, request, ctx, "checking the account URL");
    }
    const url = new URL(client.url);
    if (!isAllowedHost(url.hostname, Number(url.port) || defaultPort(url.protocol))) {
      const agent = guardedAgent(url.protocol);
      client.pipeline.addPolicy({
        name: "lead-desk-guarded-agent",
        sendRequest: (req, next) => next(Object.assign(req, { agent })),
      });
    }
    const signal = () => AbortSignal.timeout(ctx.timeoutMs);
    const tableKey = `${client.url}|${config.tableName}`;
    const ensureTable = async (): Promise<OutcomeDraft | null> => {
      if (knownTables.has(tableKey)) return null;
      try {
        await client.createTable({ abortSignal: signal() });
        knownTables.add(tableKey);
      } catch (error) {
        // A table-scoped SAS may not allow creating tables; the insert tells whether the table is there.
        if (!(error instanceof RestError && error.statusCode === 403))
          return restErrorOutcome(error, request, ctx, "creating the table");
      }
      return null;
    };
    const stored = (httpStatus: number, responseExcerpt: string, verdict: string): OutcomeDraft => ({
      ok: true,
      retryable: false,
      httpStatus,
      request,
      responseExcerpt,
      // "/" cannot occur in an (escaped) key, so it separates the two unambiguously.
      remoteId: `${entity.partitionKey}/${entity.rowKey}`,
      verdict,
    });
    for (let attempt = 1; ; attempt++) {
      const tableProblem = await ensureTable();
      if (tableProblem) return tableProblem;
      try {
        const result = await client.createEntity(entity, { abortSignal: signal() });
        return stored(
          204,
          result.etag ? `ETag: ${result.etag}` : "",
          `Stored in table ${config.tableName} (PartitionKey ${entity.partitionKey}, RowKey ${entity.rowKey}).`,
        );
      } catch (error) {
        const status = error instanceof RestError ? error.statusCode : undefined;
        // An earlier attempt got through but its answer was lost: the lead is there.
        if (status === 409) {
          return stored(
            409,
            describeError(error, ctx.timeoutMs),
            `Already stored in table ${config.tableName} by an earlier attempt (RowKey ${entity.rowKey}).`,
          );
        }
        // The table was deleted since we created it: create it again, once.
        if (status === 404 && attempt === 1 && knownTables.delete(tableKey)) continue;
        return restErrorOutcome(error, request, ctx, "storing the lead");
      }
    }
  },
});
