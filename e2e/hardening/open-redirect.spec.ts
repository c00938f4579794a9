// Issue 15 item 1: `callbackUrl` never sends anyone off-site, and never makes a
// 5xx. Property-tested over the classes browsers treat specially (C0 and C1
// controls, DEL, Unicode whitespace, backslashes, encoded forms, "//", "/\",
// schemes, protocol-relative forms) with the browser's own URL parser (Node's
// WHATWG URL) as the judge; then over HTTP (the redirect a signed-in visitor
// gets at /login) and in Chromium (the client-side redirect after signing in).
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { signIn as signInHttp } from "../../tests/support/sign-in";
import { safeCallbackUrl } from "../../lib/auth/safe-callback-url";
import { admin, e2ePort, sales } from "../support/accounts";

const base = `http://localhost:${e2ePort}`;
const origin = new URL(base).origin;

const controls = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((c) =>
  String.fromCharCode(c),
);
const unicodeSpaces = [
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u2007",
  "\u200b",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
];
const odd = fc.constantFrom(
  ...controls,
  ...unicodeSpaces,
  "\\",
  "/",
  "%09",
  "%0a",
  "%5c",
  "%2f",
  "%2F",
  "%00",
  ".",
  ":",
  "@",
);
const heads = fc.constantFrom(
  "/",
  "//",
  "/\\",
  "\\",
  "\\\\",
  "\\/",
  "http:",
  "https:",
  "http://",
  "javascript:",
  "/./",
  "/../",
  "///",
  "",
  "%2f%2f",
);
const hosts = fc.constantFrom("evil.example", "evil.example/", "@evil.example", "localhost.evil.example", "");
/** A hostile value: a head, odd characters sprinkled between its pieces, a host, a tail. */
const hostile = fc
  .tuple(
    heads,
    fc.array(odd, { maxLength: 3 }),
    fc.array(odd, { maxLength: 3 }),
    hosts,
    fc.constantFrom("", "/x", "?a=1", "#f"),
  )
  .map(([head, a, b, host, tail]) => {
    const mid = Math.floor(head.length / 2);
    return `${head.slice(0, mid)}${a.join("")}${head.slice(mid)}${b.join("")}${host}${tail}`;
  });

/** Where a browser goes when told `target` on a page of this site (null: nowhere, the URL is invalid). */
const destination = (target: string) => {
  try {
    return new URL(target, `${base}/login`);
  } catch {
    return null;
  }
};

test.describe.configure({ mode: "serial" });

test("every hostile value resolves to a path on this site, as a browser parses it", () => {
  let offSite = 0;
  fc.assert(
    fc.property(hostile, (value) => {
      const unsafe = destination(value);
      if (unsafe && unsafe.origin !== origin) offSite++;
      const safe = safeCallbackUrl(value, base);
      // Plain checks (Playwright's expect records a step per call: too slow for thousands of runs).
      const ok =
        safe.startsWith("/") &&
        !safe.startsWith("//") &&
        destination(safe)?.origin === origin &&
        /^[\x21-\x7e]+$/.test(safe);
      if (!ok) throw new Error(`${JSON.stringify(value)} → ${JSON.stringify(safe)}`);
    }),
    { numRuns: 20_000 },
  );
  // The generator does reach off-site values, so the property is not vacuous.
  expect(offSite).toBeGreaterThan(1000);
  for (const c of [...controls, ...unicodeSpaces, "\\"])
    expect(safeCallbackUrl(`/${c}/evil.example`, base), JSON.stringify(c)).toBe("/");
  expect(safeCallbackUrl("/leads?stage=ACTIVE#x", base)).toBe("/leads?stage=ACTIVE#x");
  expect(safeCallbackUrl("/leads/é", base)).toBe("/leads/%C3%A9");
});

test("a signed-in visitor at /login is redirected on this site only, never with a 5xx", async () => {
  const cookie = await signInHttp(base, sales.email, sales.password);
  const values = [
    ...controls.map((c) => `/${c}/evil.example`),
    ...unicodeSpaces.map((c) => `/${c}/evil.example`),
    "/\\evil.example",
    "\\/evil.example",
    "//evil.example",
    "/%09/evil.example",
    "/%5c/evil.example",
    "http:evil.example",
    "https://evil.example",
    "/leads/\u00e9",
    "/leads",
  ];
  for (const value of values) {
    const res = await fetch(`${base}/login?callbackUrl=${encodeURIComponent(value)}`, {
      redirect: "manual",
      headers: { cookie },
    });
    await res.arrayBuffer();
    expect(res.status, JSON.stringify(value)).toBeGreaterThanOrEqual(300);
    expect(res.status, JSON.stringify(value)).toBeLessThan(400);
    expect(destination(res.headers.get("location") ?? "")?.origin, JSON.stringify(value)).toBe(origin);
  }
});

test("signing in with a hostile callbackUrl lands on this site", async ({ page }) => {
  for (const value of ["/\t/evil.example", "/\\evil.example", "/\u0000/evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(value)}`);
    await page.getByLabel("E-mail").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).not.toHaveURL(/\/login/);
    expect(new URL(page.url()).origin).toBe(origin);
  }
});
