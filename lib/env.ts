/** Environment variables as read by this project; narrower than NodeJS.ProcessEnv so tests can pass plain objects. */
export type Env = Record<string, string | undefined>;

/** Sets (or, for undefined, deletes) variables on process.env. */
export function applyEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}
