// OUTBOUND_ALLOW_HOSTS lets an admin reach a self-hosted CRM on a private
// network (or tests reach fakes on 127.0.0.1) without opening the whole
// network: entries are host names as written in the URL, optionally with a
// port ("127.0.0.1,localhost,crm.internal:8443"). Read on every call so a
// changed environment (tests) takes effect without a restart.

interface AllowEntry {
  host: string;
  port: number | null;
}

export function parseAllowList(raw: string | undefined): AllowEntry[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      // "[::1]:8080", "[::1]", "host:443", "host"; a bare IPv6 has several colons.
      const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
      if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ? Number(bracketed[2]) : null };
      const hostPort = /^([^:]+):(\d+)$/.exec(entry);
      if (hostPort) return { host: hostPort[1]!, port: Number(hostPort[2]) };
      return { host: entry, port: null };
    });
}

/** Is `hostname` (as in URL.hostname, brackets allowed) on `port` explicitly allowed? */
export function isAllowedHost(hostname: string, port: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  return parseAllowList(env.OUTBOUND_ALLOW_HOSTS).some((e) => e.host === host && (e.port === null || e.port === port));
}
