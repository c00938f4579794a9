// Each destination kind's name, description and settings fields in the viewer's
// language. The adapters in lib/destinations keep their English (CRM-side names,
// server messages); tests/unit/destinations/destination-texts.test.ts checks that
// every field of every adapter has its words here.
import { getTranslations } from "next-intl/server";
import type { DestinationKind } from "@/lib/destinations/types";

export interface KindTexts {
  label: string;
  description: string;
  /** Field name → [label, hint]. */
  fields: Record<string, readonly [string, string]>;
}

export async function destinationTexts(): Promise<Record<DestinationKind, KindTexts>> {
  const t = await getTranslations("destinations");
  // The CRM's own name for its fields, in the mapping's hint.
  const fieldMap = (crm: string) => [t("fields.fieldMap.label"), t("fields.fieldMap.hint", { crm })] as const;
  return {
    DYNAMICS: {
      label: t("kinds.DYNAMICS.label"),
      description: t("kinds.DYNAMICS.description"),
      fields: {
        instanceUrl: [t("fields.DYNAMICS.instanceUrl.label"), t("fields.DYNAMICS.instanceUrl.hint")],
        tenantId: [t("fields.DYNAMICS.tenantId.label"), t("fields.DYNAMICS.tenantId.hint")],
        clientId: [t("fields.DYNAMICS.clientId.label"), t("fields.DYNAMICS.clientId.hint")],
        clientSecret: [t("fields.DYNAMICS.clientSecret.label"), t("fields.DYNAMICS.clientSecret.hint")],
        loginUrl: [t("fields.DYNAMICS.loginUrl.label"), t("fields.DYNAMICS.loginUrl.hint")],
        fieldMap: fieldMap("Dataverse"),
      },
    },
    SALESFORCE: {
      label: t("kinds.SALESFORCE.label"),
      description: t("kinds.SALESFORCE.description"),
      fields: {
        orgId: [t("fields.SALESFORCE.orgId.label"), t("fields.SALESFORCE.orgId.hint")],
        baseUrl: [t("fields.SALESFORCE.baseUrl.label"), t("fields.SALESFORCE.baseUrl.hint")],
        fieldMap: fieldMap("Web-to-Lead"),
      },
    },
    SALESFORCE_API: {
      label: t("kinds.SALESFORCE_API.label"),
      description: t("kinds.SALESFORCE_API.description"),
      fields: {
        myDomainUrl: [t("fields.SALESFORCE_API.myDomainUrl.label"), t("fields.SALESFORCE_API.myDomainUrl.hint")],
        clientId: [t("fields.SALESFORCE_API.clientId.label"), t("fields.SALESFORCE_API.clientId.hint")],
        clientSecret: [t("fields.SALESFORCE_API.clientSecret.label"), t("fields.SALESFORCE_API.clientSecret.hint")],
        apiVersion: [t("fields.SALESFORCE_API.apiVersion.label"), t("fields.SALESFORCE_API.apiVersion.hint")],
        companyPlaceholder: [
          t("fields.SALESFORCE_API.companyPlaceholder.label"),
          t("fields.SALESFORCE_API.companyPlaceholder.hint"),
        ],
        fieldMap: fieldMap("Salesforce"),
      },
    },
    MARKETO: {
      label: t("kinds.MARKETO.label"),
      description: t("kinds.MARKETO.description"),
      fields: {
        munchkinId: [t("fields.MARKETO.munchkinId.label"), t("fields.MARKETO.munchkinId.hint")],
        clientId: [t("fields.MARKETO.clientId.label"), t("fields.MARKETO.clientId.hint")],
        clientSecret: [t("fields.MARKETO.clientSecret.label"), t("fields.MARKETO.clientSecret.hint")],
        serverId: [t("fields.MARKETO.serverId.label"), t("fields.MARKETO.serverId.hint")],
        formId: [t("fields.MARKETO.formId.label"), t("fields.MARKETO.formId.hint")],
        baseUrl: [t("fields.MARKETO.baseUrl.label"), t("fields.MARKETO.baseUrl.hint")],
        fieldMap: fieldMap("Marketo"),
      },
    },
    AZURE_TABLE: {
      label: t("kinds.AZURE_TABLE.label"),
      description: t("kinds.AZURE_TABLE.description"),
      fields: {
        connectionString: [
          t("fields.AZURE_TABLE.connectionString.label"),
          t("fields.AZURE_TABLE.connectionString.hint"),
        ],
        accountUrl: [t("fields.AZURE_TABLE.accountUrl.label"), t("fields.AZURE_TABLE.accountUrl.hint")],
        sasToken: [t("fields.AZURE_TABLE.sasToken.label"), t("fields.AZURE_TABLE.sasToken.hint")],
        tableName: [t("fields.AZURE_TABLE.tableName.label"), t("fields.AZURE_TABLE.tableName.hint")],
      },
    },
    HTTPS: {
      label: t("kinds.HTTPS.label"),
      description: t("kinds.HTTPS.description"),
      fields: {
        url: [t("fields.HTTPS.url.label"), t("fields.HTTPS.url.hint")],
        headers: [t("fields.HTTPS.headers.label"), t("fields.HTTPS.headers.hint")],
        signingSecret: [t("fields.HTTPS.signingSecret.label"), t("fields.HTTPS.signingSecret.hint")],
      },
    },
  };
}
