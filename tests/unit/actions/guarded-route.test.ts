// guardedRoute's mapping: who may call (the session check itself is
// lib/auth/session.ts, replaced here by a stand-in that answers as it would),
// query validation, and every failure as a JSON answer with its status.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AuthError, type SessionUser } from "@/lib/auth/session";
import { fieldIssue, InvalidInputError, NotFoundError } from "@/lib/errors";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => {
  const real = await original<typeof import("@/lib/auth/session")>();
  return {
    ...real,
    authorize: async (role?: string) => {
      if (!session.user) throw new real.AuthError(401, "signIn");
      if (role === "ADMIN" && session.user.role !== "ADMIN") throw new real.AuthError(403, "adminsOnly");
      return session.user;
    },
  };
});

const { guardedRoute } = await import("@/lib/actions/guarded-route");

const sales: SessionUser = {
  id: "u1",
  email: "s@example.com",
  name: "S",
  role: "SALES",
  mustChangePassword: false,
  locale: null,
  listDensity: "compact",
  timeZone: null,
};
const query = z.object({ n: z.coerce.number().int().min(1) });
const get = (route: (r: Request) => Promise<Response>, search = "?n=2") =>
  route(new Request(`https://x.test/api/t${search}`));

describe("guardedRoute", () => {
  beforeEach(() => {
    session.user = sales;
  });

  it("hands the handler the parsed query and the user", async () => {
    const route = guardedRoute("ANY", query, async ({ query, user }) => Response.json({ n: query.n, by: user.email }));
    const res = await get(route);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ n: 2, by: "s@example.com" });
  });

  it("answers 401 without a session and 403 for the wrong role, before the handler runs", async () => {
    const handler = vi.fn(async () => new Response("ran"));
    session.user = null;
    const anonymous = await get(guardedRoute("ANY", query, handler));
    expect([anonymous.status, await anonymous.json()]).toEqual([401, { error: "Sign in to continue." }]);
    session.user = sales;
    const forbidden = await get(guardedRoute("ADMIN", query, handler));
    expect([forbidden.status, await forbidden.json()]).toEqual([403, { error: "Only admins may do this." }]);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 400 with field errors for a query the schema refuses", async () => {
    const res = await get(
      guardedRoute("ANY", query, async () => new Response("ran")),
      "?n=zero",
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toHaveProperty("n");
  });

  it("answers a UserFacingError with its own status and message, anything else 500 without details", async () => {
    const notFound = await get(
      guardedRoute("ANY", query, async () => {
        throw new NotFoundError("leadGone");
      }),
    );
    expect([notFound.status, await notFound.json()]).toEqual([404, { error: "This lead no longer exists." }]);
    const invalid = await get(
      guardedRoute("ANY", query, async () => {
        throw new InvalidInputError([fieldIssue("n", "ruleTargetMax")]);
      }),
    );
    expect([invalid.status, await invalid.json()]).toEqual([
      422,
      { error: "Please correct the highlighted fields.", fieldErrors: { n: ["Keep the target under 90 days."] } },
    ]);
    const fault = await get(
      guardedRoute("ANY", query, async () => {
        throw new Error("secret internals at db.ts:12");
      }),
    );
    expect(fault.status).toBe(500);
    expect(JSON.stringify(await fault.json())).not.toContain("internals");
  });

  it("AuthError is a UserFacingError carrying its status", () => {
    expect(new AuthError(403, "adminsOnly")).toMatchObject({ status: 403, message: "Only admins may do this." });
  });
});
