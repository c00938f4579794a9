// What the create and edit pages hand the destination form: the kind's field
// hints and the filter choices in the viewer's language (plain data, safe to send to the browser).
import { getTranslations } from "next-intl/server";
import type { DestinationFormProps } from "@/components/destinations/destination-form";
import { filterActions, filterSources, filterStages } from "@/lib/destinations/filter-options";
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";
import type { KindTexts } from "./destination-texts";

export async function formProps(
  kind: DestinationKind,
  texts: KindTexts,
): Promise<Pick<DestinationFormProps, "kind" | "fields" | "filters">> {
  const [t, domain] = await Promise.all([getTranslations("destinations"), getTranslations("domain")]);
  const fields = getAdapter(kind).fields.map((field) => {
    const [label, hint] = texts.fields[field.name] ?? [field.label, field.hint];
    return { ...field, label, hint };
  });
  return {
    kind,
    fields,
    filters: {
      // Source names are the marketplace's own, shown as they are.
      sources: filterSources,
      actions: filterActions.map(({ value }) => ({ value, label: t(`actionFilter.${value}`) })),
      stages: filterStages.map(({ value }) => ({ value, label: domain(`stage.${value}`) })),
    },
  };
}
