/** A stored setting that is an http(s) base URL, without trailing slashes; null otherwise (for record links). */
export function baseUrlSetting(config: Record<string, unknown>, name: string): string | null {
  const value = config[name];
  return typeof value === "string" && /^https?:\/\/[^\s]+$/i.test(value) ? value.replace(/\/+$/, "") : null;
}
