// The values a destination or an assignment rule can filter on, as ingestion
// normalises them, and the choices their forms offer in the viewer's language
// (source names are the marketplace's own, shown as they are).
import { getTranslations } from "next-intl/server";
import { funnelStages } from "@/lib/leads/lead";

export const filterSources = [
  { value: "AzureMarketplace", label: "Azure Marketplace" },
  { value: "AzurePortal", label: "Azure portal" },
  { value: "AppSource", label: "AppSource" },
  { value: "TestDrive", label: "Test Drive" },
] as const;

export const filterActionCodes = ["INS", "PLT", "Create", "StartTestDrive", "DNC"] as const;

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterChoices {
  sources: readonly FilterOption[];
  actions: readonly FilterOption[];
  stages: readonly FilterOption[];
}

/** The checkboxes a destination's or an assignment rule's filters offer, labelled for this request's reader. */
export async function filterChoices(): Promise<FilterChoices> {
  const t = await getTranslations("domain");
  return {
    sources: filterSources,
    actions: filterActionCodes.map((value) => ({ value, label: t(`actionOption.${value}`) })),
    stages: funnelStages.map((value) => ({ value, label: t(`stage.${value}`) })),
  };
}
