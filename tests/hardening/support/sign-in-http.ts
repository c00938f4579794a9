// Sign-in attempts over HTTP as the sign-in form makes them (next-auth's
// credentials callback with its CSRF token), answering what next-auth told the
// form: signed in, wrong password (the password was checked), or throttled.
export type SignInOutcome = "signed-in" | "wrong" | "throttled" | string;

export interface SignInClient {
  attempt(email: string, password: string, headers?: Record<string, string>): Promise<SignInOutcome>;
}

export async function signInClient(base: string): Promise<SignInClient> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return {
    async attempt(email, password, headers = {}) {
      const res = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
        body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
      });
      const text = await res.text();
      if (res.headers.getSetCookie().some((c) => /session-token=[^;]/.test(c))) return "signed-in";
      const url = (() => {
        try {
          return String((JSON.parse(text) as { url?: string }).url ?? "");
        } catch {
          return res.headers.get("location") ?? "";
        }
      })();
      const error = new URL(url || "/", base).searchParams.get("error");
      if (error === "CredentialsSignin") return "wrong";
      if (error === "TooManyAttempts") return "throttled";
      return `${res.status} ${url || text.slice(0, 100)}`;
    },
  };
}

export const tally = (outcomes: SignInOutcome[]) =>
  outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
