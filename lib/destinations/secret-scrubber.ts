// Keeps secrets out of the delivery log. Adapters register every secret they
// touch (config secrets, access tokens); the final outcome is scrubbed of each
// in all the spellings it can take on the wire (raw, URL-encoded, form-encoded,
// JSON-escaped). Scrubbing values, not just known fields, also catches a CRM
// that echoes a secret back in an error message.
export const MASK = "***";

export class SecretScrubber {
  private readonly secrets = new Set<string>();

  add(...values: (string | null | undefined)[]): void {
    for (const v of values) if (v) this.secrets.add(v);
  }

  scrub(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    const values = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of values) {
      const forms = new Set([
        secret,
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
        JSON.stringify(secret).slice(1, -1),
      ]);
      for (const form of forms) out = out.split(form).join(MASK);
    }
    return out;
  }
}
