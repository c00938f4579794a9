// Issue 15 item 3: the sign-in lock cannot be raced. Against the production
// server (PGlite, and PostgreSQL with TEST_DATABASE_URL), 100 concurrent wrong
// passwords for one account — each from its own address, as a distributed
// guesser (the server trusts one proxy hop, the test plays the proxy) — get at
// most 5 checked; the right password is then refused; 40 wrong and the right
// one at once get at most 5 checked between them. On PostgreSQL the same holds
// with the attempts split between two app instances on one database.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { createUser } from "@/lib/users/create-user";
import { recordFigures } from "@/tests/support/hardening-figures";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { createScratchDatabase, type DbKind } from "./support/scratch-database";
import { signInClient, tally, type SignInOutcome } from "./support/sign-in-http";

const ports: Record<DbKind, number[]> = { pglite: [3371], postgres: [3372, 3373] };
const freeAttempts = 5;
let n = 0;
const address = () => `198.51.100.${(++n % 250) + 1}`;

for (const kind of ["pglite", "postgres"] as const) {
  const skip = kind === "postgres" && !process.env.TEST_DATABASE_URL;
  describe.skipIf(skip)(`sign-in races on ${kind}`, () => {
    it("checks at most the free allowance of concurrent attempts, across instances, and the right password waits", async () => {
      const db = await createScratchDatabase(kind, "signin");
      const accounts = [1, 2, 3].map((i) => ({
        email: `race-${i}-${randomUUID().slice(0, 8)}@example.com`,
        password: `race right pass ${i}`,
      }));
      await db.use(async () => {
        await migrate();
        for (const a of accounts) await createUser({ ...a, role: "SALES" });
      });
      const servers: AppServer[] = [];
      try {
        for (const port of ports[kind]) servers.push(await startAppServer(port, { ...db.env, TRUST_PROXY: "1" }));
        const clients = await Promise.all(servers.map((s) => signInClient(s.url)));
        const fire = (account: { email: string }, passwords: string[]) =>
          Promise.all(
            passwords.map((p, i) =>
              clients[i % clients.length]!.attempt(account.email, p, { "x-forwarded-for": address() }),
            ),
          );
        const wrong = (count: number) => Array.from({ length: count }, (_, i) => `wrong password ${i}`);

        const [victim, mixed, spread] = accounts as [(typeof accounts)[0], (typeof accounts)[0], (typeof accounts)[0]];
        const race = tally(await fire(victim, wrong(100)));
        expect(race, JSON.stringify(race)).toEqual({ wrong: freeAttempts, throttled: 100 - freeAttempts });
        expect(await clients[0]!.attempt(victim.email, victim.password, { "x-forwarded-for": address() })).toBe(
          "throttled",
        );

        const passwords = [...wrong(40), mixed.password];
        const outcomes: SignInOutcome[] = await fire(mixed, passwords);
        const mixedTally = tally(outcomes);
        expect(
          (mixedTally.wrong ?? 0) + (mixedTally["signed-in"] ?? 0),
          JSON.stringify(mixedTally),
        ).toBeLessThanOrEqual(freeAttempts);
        expect(
          Object.keys(mixedTally).every((o) => ["wrong", "signed-in", "throttled"].includes(o)),
          JSON.stringify(mixedTally),
        ).toBe(true);

        // One address spraying: at most 30 checked however many go at once.
        const sprayFrom = address();
        const spray = tally(
          await Promise.all(
            Array.from({ length: 60 }, (_, i) =>
              clients[i % clients.length]!.attempt(`nobody-${i}@example.com`, "wrong password x", {
                "x-forwarded-for": sprayFrom,
              }),
            ),
          ),
        );
        expect(spray, JSON.stringify(spray)).toEqual({ wrong: 30, throttled: 30 });
        // …and it does not stop the account's owner elsewhere.
        expect(await clients[0]!.attempt(spread.email, spread.password, { "x-forwarded-for": address() })).toBe(
          "signed-in",
        );
        recordFigures(`sign-in-race-${kind}`, {
          instances: servers.length,
          concurrentWrong: 100,
          checked: race.wrong ?? 0,
          mixedChecked: (mixedTally.wrong ?? 0) + (mixedTally["signed-in"] ?? 0),
        });
      } finally {
        for (const s of servers) await s.stop();
        await db.drop();
      }
    });
  });
}
