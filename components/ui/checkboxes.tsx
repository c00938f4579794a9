// A fieldset of checkboxes named <prefix>.<value>: FormData keeps one value per
// name, so each choice is its own field and the server reads the names back.
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
    <fieldset style={{ border: "1px solid var(--line)", borderRadius: 6, padding: "0.6rem 0.8rem" }}>
      <legend>{legend}</legend>
      <div className="inline" style={{ flexWrap: "wrap", gap: "0.4rem 1rem" }}>
        {options.map((o) => (
          <label key={o.value} style={checkLabel}>
            <input type="checkbox" name={`${prefix}.${o.value}`} defaultChecked={selected.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
