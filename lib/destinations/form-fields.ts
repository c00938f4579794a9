// Config schemas carry their own form description (label, where to find the
// value, secret or not) so the settings page renders from data and the
// secret list cannot drift from the schema.
import { z } from "zod";
import { errorKey } from "@/lib/i18n/validation";

export interface FieldMeta {
  label: string;
  /** Where to find the value, in the CRM's own words. */
  hint: string;
  secret?: boolean;
  placeholder?: string;
  /** "headers" is a name → value map; "mapping" a CRM field → Lead desk field map (field-mapping.ts). */
  input?: "text" | "url" | "headers" | "mapping";
  /**
   * This field says where the destination sends (and so where its secrets
   * go): changing it requires entering the stored secrets again. "origin"
   * compares a URL's scheme, host and port; "value" the whole value.
   */
  target?: "origin" | "value";
}

export interface FieldHint extends FieldMeta {
  name: string;
  secret: boolean;
  input: "text" | "url" | "headers" | "mapping";
  required: boolean;
  default?: unknown;
}

export const fieldMeta = z.registry<FieldMeta>();

export function describeFields(schema: z.ZodObject): FieldHint[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const meta = fieldMeta.get(field as z.ZodType);
    if (!meta) throw new Error(`Config field "${name}" has no form metadata.`);
    const fallback = (field as z.ZodType).safeParse(undefined);
    return {
      ...meta,
      name,
      secret: meta.secret ?? false,
      input: meta.input ?? "text",
      required: !fallback.success,
      ...(fallback.success && fallback.data !== undefined ? { default: fallback.data } : {}),
    };
  });
}

export function secretFieldNames(fields: FieldHint[]): string[] {
  return fields.filter((f) => f.secret).map((f) => f.name);
}

/** An http(s) URL, kept exactly as entered. */
export const httpUrl = () => z.url({ protocol: /^https?$/, error: errorKey("httpUrl") });

/** An http(s) URL without a trailing slash, so paths can be appended. */
export const baseUrl = () => httpUrl().transform((u) => u.replace(/\/+$/, ""));

/** A stored setting that is an http(s) base URL, without trailing slashes; null otherwise (for record links). */
export function baseUrlSetting(config: Record<string, unknown>, name: string): string | null {
  const value = config[name];
  return typeof value === "string" && /^https?:\/\/[^\s]+$/i.test(value) ? value.replace(/\/+$/, "") : null;
}
