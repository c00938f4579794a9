// Splits the marketplace lead source "Source-Action|Offer" leniently: spaces
// around "|" and "-", casing variants, source-only strings and unknown codes
// all occur, and a lead is never rejected for how this string looks.

export interface LeadSourceParts {
  /** AzureMarketplace, AzurePortal, TestDrive, AppSource, or an unknown source verbatim. */
  source: string | null;
  /** INS, PLT, DNC, Create, StartTestDrive, or an unknown code verbatim. */
  action: string | null;
  /** publisherId.offerId */
  offerId: string | null;
}

export interface LeadSourceFallbacks {
  /** The separate ActionCode field. */
  actionCode?: string | null;
  /** An explicit offer / offerId field, used when the lead source names no offer. */
  offerId?: string | null;
}

const SOURCES = new Map([
  ["azuremarketplace", "AzureMarketplace"],
  ["azureportal", "AzurePortal"],
  ["testdrive", "TestDrive"],
  ["appsource", "AppSource"],
  ["spza", "AppSource"],
  ["appsourcespza", "AppSource"], // "AppSource (SPZA)"
]);

const ACTIONS = new Map([
  ["ins", "INS"],
  ["plt", "PLT"],
  ["dnc", "DNC"],
  ["create", "Create"],
  ["starttestdrive", "StartTestDrive"],
]);

/** Compares codes ignoring case, spaces and punctuation ("Azure Marketplace", "AppSource (SPZA)"). */
function codeKey(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A known source's canonical name, else "other": a bounded set, for metric labels. */
export function knownSourceOr(source: string | null, fallback = "other"): string {
  return source && new Set(SOURCES.values()).has(source) ? source : fallback;
}

/** The canonical name of a known source; an unknown one trimmed; null when empty. */
export function normaliseSource(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  return SOURCES.get(codeKey(text)) ?? text;
}

/** The canonical code of a known action; an unknown one trimmed; null when empty. */
export function normaliseAction(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  return ACTIONS.get(codeKey(text)) ?? text;
}

/**
 * Source, action and offer of a lead.
 *
 * Action precedence: the ActionCode field wins over the action inside the lead
 * source string. ActionCode is the field Microsoft fills for exactly this
 * purpose, while the lead source is a composite label that bridges and CRMs
 * copy and rewrite (Salesforce keeps it as lead_source). One exception: DNC on
 * either side wins, because contacting a customer who asked not to be
 * contacted is the one mistake that cannot be taken back.
 */
export function splitLeadSource(leadSource: string | null, fallbacks: LeadSourceFallbacks = {}): LeadSourceParts {
  const text = leadSource?.trim() ?? "";
  const bar = text.indexOf("|");
  const head = (bar === -1 ? text : text.slice(0, bar)).trim();
  const offer = bar === -1 ? "" : text.slice(bar + 1).trim();

  let sourcePart: string;
  let actionPart: string;
  const dash = head.indexOf("-");
  if (dash !== -1) {
    sourcePart = head.slice(0, dash);
    actionPart = head.slice(dash + 1);
  } else if (ACTIONS.has(codeKey(head)) && !SOURCES.has(codeKey(head))) {
    // A bare known action ("INS") is an action, not a source.
    sourcePart = "";
    actionPart = head;
  } else {
    sourcePart = head;
    actionPart = "";
  }

  const fromLeadSource = normaliseAction(actionPart);
  const fromActionCode = normaliseAction(fallbacks.actionCode);
  const action = fromLeadSource === "DNC" || fromActionCode === "DNC" ? "DNC" : (fromActionCode ?? fromLeadSource);

  return {
    source: normaliseSource(sourcePart),
    action,
    offerId: offer || fallbacks.offerId?.trim() || null,
  };
}
