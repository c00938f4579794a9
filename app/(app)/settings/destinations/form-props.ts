// What the create and edit pages hand the destination form: the kind's field
// hints and the filter choices (plain data, safe to send to the browser).
import type { DestinationFormProps } from "@/components/destinations/destination-form";
import { filterActions, filterSources, filterStages } from "@/lib/destinations/filter-options";
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";

export function formProps(kind: DestinationKind): Pick<DestinationFormProps, "kind" | "fields" | "filters"> {
  return {
    kind,
    fields: getAdapter(kind).fields,
    filters: { sources: filterSources, actions: filterActions, stages: filterStages },
  };
}
