// A fieldset of checkboxes named <prefix>.<value>: FormData keeps one value per
// name, so each choice is its own field and the server reads the names back.
import { Checkbox } from "./checkbox";
import { Label } from "./label";

interface Option {
  value: string;
  label: string;
}

// Global label styles stack their content; a checkbox sits beside its text.
export const checkLabel = { fontWeight: 400, flexDirection: "row", alignItems: "center", gap: "0.4rem" } as const;

export function Checkboxes({
  legend,
  prefix,
  options,
  selected,
}: {
  legend: string;
  prefix: string;
  options: readonly Option[];
  selected: string[];
}) {
  return (
    <fieldset data-slot="checkboxes" className="m-0 min-w-0 rounded-md border px-3 pt-1 pb-2.5">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {options.map((o) => (
          <Label key={o.value} className="font-normal">
            <Checkbox name={`${prefix}.${o.value}`} defaultChecked={selected.includes(o.value)} />
            {o.label}
          </Label>
        ))}
      </div>
    </fieldset>
  );
}
