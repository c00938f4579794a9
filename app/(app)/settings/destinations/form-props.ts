// What the create and edit pages hand the destination form: the kind's field
// hints and the filter choices in the viewer's language (plain data, safe to send to the browser).
import type { DestinationFormProps } from "@/components/destinations/destination-form";
import { filterChoices } from "@/lib/destinations/filter-options";
import { getAdapter } from "@/lib/destinations/registry";
import type { DestinationKind } from "@/lib/destinations/types";
import type { KindTexts } from "./destination-texts";

export async function formProps(
  kind: DestinationKind,
  texts: KindTexts,
): Promise<Pick<DestinationFormProps, "kind" | "fields" | "filters">> {
  const fields = getAdapter(kind).fields.map((field) => {
    const [label, hint] = texts.fields[field.name] ?? [field.label, field.hint];
    return { ...field, label, hint };
  });
  return { kind, fields, filters: await filterChoices() };
}
