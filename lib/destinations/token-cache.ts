// OAuth client-credentials tokens (Entra ID for Dynamics, Marketo identity),
// cached per credential set until shortly before they expire, so a burst of
// leads costs one token request, not one per lead. Process-local on purpose:
// a token is cheap to fetch again, and no token is ever written to disk.
import { createHash } from "node:crypto";
import { httpCall, type HttpExchange, type HttpRequest, recordRequest } from "@/lib/destinations/http-call";
import { judgeExchange, type OutcomeDraft } from "@/lib/destinations/judge-exchange";
import { explainOAuthError } from "@/lib/destinations/oauth-error";
import type { SecretScrubber } from "@/lib/destinations/secret-scrubber";
import type { SendContext } from "@/lib/destinations/types";

/** Refresh this long before the stated expiry, for clock skew and slow requests. */
const MARGIN_MS = 60_000;

const cache = new Map<string, { token: string; expiresAt: number }>();

/** A cache key that changes when any credential changes, without holding the secret itself. */
export function tokenCacheKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

export function clearTokenCache(): void {
  cache.clear();
}

export interface TokenSource {
  key: string;
  /** Who issues the token, for verdicts. */
  party: string;
  request: HttpRequest;
  /** For issuers that do not say when a token expires (Salesforce): how long to trust one. */
  defaultLifetimeSeconds?: number;
}

type TokenResult = { token: string; cached: boolean } | { failed: OutcomeDraft };

// Concurrent sends with an empty cache share one token request.
const inFlight = new Map<string, Promise<TokenResult>>();

async function obtainToken(source: TokenSource, ctx: SendContext, secrets: SecretScrubber): Promise<TokenResult> {
  const hit = cache.get(source.key);
  if (hit && hit.expiresAt - MARGIN_MS > ctx.now.getTime()) {
    secrets.add(hit.token);
    return { token: hit.token, cached: true };
  }
  let pending = inFlight.get(source.key);
  if (!pending) {
    pending = requestToken(source, ctx).finally(() => inFlight.delete(source.key));
    inFlight.set(source.key, pending);
  }
  const result = await pending;
  if ("token" in result) secrets.add(result.token);
  return result;
}

async function requestToken(source: TokenSource, ctx: SendContext): Promise<TokenResult> {
  const exchange = await httpCall(ctx, source.request);
  const judged = judgeExchange(exchange, {
    party: source.party,
    request: recordRequest(source.request),
    timeoutMs: ctx.timeoutMs,
    explain: explainOAuthError,
    refused: "refused the sign-in",
  });
  const parsed = judged.ok ? parseToken(exchange.text, source.defaultLifetimeSeconds ?? 0) : null;
  if (!parsed) {
    const draft = judged.ok
      ? {
          ...judged,
          ok: false,
          retryable: true,
          verdict: `${source.party} answered without an access token.`,
          error: "no access_token",
        }
      : { ...judged, verdict: `Sign-in failed before the lead was sent. ${judged.verdict}` };
    return { failed: draft };
  }
  cache.set(source.key, { token: parsed.token, expiresAt: ctx.now.getTime() + parsed.expiresIn * 1000 });
  return { token: parsed.token, cached: false };
}

function parseToken(text: string, defaultLifetime: number): { token: string; expiresIn: number } | null {
  try {
    const body = JSON.parse(text) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== "string" || !body.access_token) return null;
    const expiresIn = Number(body.expires_in);
    const stated = Number.isFinite(expiresIn) && expiresIn > 0;
    return { token: body.access_token, expiresIn: stated ? expiresIn : defaultLifetime };
  } catch {
    return null;
  }
}

/**
 * Runs `call` with a bearer token. When the API rejects a token that came
 * from the cache (expired or revoked early), it is dropped and the call made
 * once more with a fresh one.
 */
export async function withAccessToken(
  source: TokenSource,
  ctx: SendContext,
  secrets: SecretScrubber,
  call: (token: string) => Promise<HttpExchange>,
  tokenRejected: (exchange: HttpExchange) => boolean,
): Promise<{ exchange: HttpExchange } | { failed: OutcomeDraft }> {
  const first = await obtainToken(source, ctx, secrets);
  if ("failed" in first) return first;
  const exchange = await call(first.token);
  if (!first.cached || !tokenRejected(exchange)) return { exchange };
  cache.delete(source.key);
  const fresh = await obtainToken(source, ctx, secrets);
  if ("failed" in fresh) return fresh;
  return { exchange: await call(fresh.token) };
}
