import { getTranslations } from "next-intl/server";
import { filterActions, filterSources } from "@/lib/destinations/filter-options";
import { funnelStages } from "@/lib/leads/lead";
import type { RuleFormProps } from "./rule-form";

/** The rule form's checkboxes in the viewer's language (source names are the marketplace's own). */
export async function ruleFormOptions(): Promise<RuleFormProps["filters"]> {
  const [t, domain] = await Promise.all([getTranslations("assignment"), getTranslations("domain")]);
  return {
    sources: filterSources,
    actions: filterActions.map(({ value }) => ({ value, label: t(`actionOption.${value}`) })),
    stages: funnelStages.map((value) => ({ value, label: domain(`stage.${value}`) })),
  };
}
