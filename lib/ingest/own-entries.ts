// Reading a received object without trusting it.

/**
 * Own enumerable string-keyed data properties. Accessors are skipped so reading
 * a caller's object never runs the caller's code.
 */
export function ownEntries(value: object): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) entries.push([key, descriptor.value]);
  }
  return entries;
}
