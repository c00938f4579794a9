// Issue #7, the authorisation matrix: every page, route handler and server
// action of the route tree, called as anonymous, a deactivated admin whose
// session cookie is still valid, sales and admin, answers as access-rules.ts
// says; refused actions change nothing. An entry point without a rule (or a
// rule without an entry point) fails the first test.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "../../tests/support/sign-in";
import { recordFigures } from "../../tests/support/hardening-figures";
import { admin, e2ePort, inactive, sales } from "../support/accounts";
import { readPlanted } from "../support/planted";
import { pagePatterns, routeHandlers, serverActions } from "../support/route-tree";
import { callAction, type ActionAnswer } from "../support/server-action";
import {
  actionRules,
  callers,
  pageRules,
  routeRules,
  type ActionAnswerKind,
  type ActionContext,
  type Caller,
  type MatrixIds,
  type PageAnswer,
} from "./access-rules";

test.describe.configure({ mode: "serial" });

const base = `http://localhost:${e2ePort}`;
/** Passes the proxy's cookie-presence check, so the server-side check is what refuses it. */
const forgedCookie = "next-auth.session-token=forged";
const cookies: Partial<Record<Caller, string>> = { anonymous: "" };
let ids: MatrixIds;
let checks = 0;

async function get(path: string, caller: Caller, init: RequestInit = {}) {
  return fetch(new URL(path, base), {
    redirect: "manual",
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...(cookies[caller] ? { cookie: cookies[caller] } : {}) },
  });
}

async function view(path: string, caller: Caller = "admin") {
  const response = await get(path, caller);
  return { status: response.status, html: await response.text() };
}

/** The hidden id field of the ActionButton in the table row whose test id is given. */
function rowField(html: string, testId: string, field: string): string {
  const row = new RegExp(`data-testid="${testId}"[^]*?</tr>`).exec(html)?.[0] ?? "";
  const id = new RegExp(`name="${field}" value="([0-9a-f-]{36})"`).exec(row)?.[1];
  if (!id) throw new Error(`No ${field} in the row ${testId}.`);
  return id;
}

function pageAnswer(response: Response): PageAnswer | string {
  if (response.status === 200) return "ok";
  if (response.status === 404) return "not-found";
  const location = response.headers.get("location");
  const target = location ? new URL(location, base).pathname : "";
  if (response.status >= 300 && response.status < 400) {
    if (target === "/login") return "login";
    if (target === "/forbidden") return "forbidden";
    if (target === "/") return "overview";
  }
  return `${response.status} ${location ?? ""}`.trim();
}

function actionAnswer(answer: ActionAnswer): ActionAnswerKind | string {
  if (answer.state?.ok === false && answer.state.message === "Sign in to continue.") return "sign-in";
  if (answer.state?.ok === false && answer.state.message === "Only admins may do this.") return "admins-only";
  // A failed validation means the rule's fields are wrong, not that the guard let the call through.
  if (answer.state?.fieldErrors) return `invalid ${JSON.stringify(answer.state.fieldErrors)}`;
  if (answer.status === 200 && (answer.state || (answer.actionRedirect && !answer.actionRedirect.startsWith("/login"))))
    return "ran";
  return `${answer.status} ${answer.location ?? answer.actionRedirect ?? ""} ${answer.body.slice(0, 200)}`;
}

async function newLead(): Promise<string> {
  const response = await fetch(`${base}/api/webhooks/marketplace/${readPlanted().webhookKey}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      UserDetails: {
        FirstName: "Mat",
        LastName: "Rix",
        Email: `matrix-${randomUUID()}@example.com`,
        Company: "Contoso",
      },
      LeadSource: "AzureMarketplace-INS|matrix",
      ActionCode: "INS",
    }),
  });
  expect(response.status).toBe(201);
  return String((await response.json()).id);
}

test.beforeAll(async () => {
  const planted = readPlanted();
  cookies.admin = await signIn(base, admin.email, admin.password);
  cookies.sales = await signIn(base, sales.email, sales.password);
  cookies.deactivated = await signIn(base, inactive.email, inactive.password);

  const users = (await view("/settings/users")).html;
  ids = {
    lead: await newLead(),
    destination: planted.destinationId,
    salesUser: rowField(users, `user-${sales.email}`, "userId"),
    inactiveUser: rowField(users, `user-${inactive.email}`, "userId"),
    plantedKey: rowField((await view("/settings/webhooks")).html, "key-Planted key", "id"),
    assignmentRule:
      /href="\/settings\/assignment\/([0-9a-f-]{36})"/.exec((await view("/settings/assignment")).html)?.[1] ?? "",
  };

  // Deactivate the signed-in admin the way the Users page does; its cookie stays validly signed, but its session ended.
  const updateUser = serverActions().find((a) => a.name.endsWith("#updateUserAction"))!;
  const deactivated = await callAction(
    base,
    "/settings/users",
    updateUser.id,
    { change: "active", userId: ids.inactiveUser, active: "false" },
    cookies.admin,
  );
  expect(deactivated.state).toEqual({ ok: true, message: `${inactive.email} is deactivated.` });
  // next-auth's own session endpoint neither names nor renews an ended session.
  const ended = await get("/api/auth/session", "deactivated");
  expect(await ended.json()).toEqual({});
  expect(ended.headers.getSetCookie().filter((c) => /session-token=[^;]/.test(c))).toEqual([]);
});

test.afterAll(() => {
  recordFigures("authorization-matrix", {
    pages: pagePatterns().length,
    routes: routeHandlers().length,
    actions: serverActions().length,
    roles: callers.length,
    checks,
  });
});

test("every page, route handler and server action has exactly one rule", () => {
  expect(pagePatterns()).toEqual(Object.keys(pageRules).sort());
  expect(routeHandlers()).toEqual(Object.keys(routeRules).sort());
  expect(serverActions().map((a) => a.name)).toEqual(Object.keys(actionRules).sort());
});

test("pages answer each caller as designed", async () => {
  const wrong: string[] = [];
  for (const pattern of pagePatterns()) {
    for (const rule of pageRules[pattern] ?? []) {
      const path = rule.path(ids);
      for (const caller of callers) {
        const response = await get(path, caller);
        await response.arrayBuffer();
        const answer = pageAnswer(response);
        checks++;
        if (answer !== rule.expect[caller])
          wrong.push(`${caller} GET ${path}: ${answer}, expected ${rule.expect[caller]}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test("route handlers answer each caller as designed", async () => {
  const planted = readPlanted();
  const wrong: string[] = [];
  for (const handler of routeHandlers()) {
    const method = handler.split(" ")[0]!;
    for (const rule of routeRules[handler] ?? []) {
      const path = rule.path(ids, planted);
      for (const caller of callers) {
        const response = await get(path, caller, { method, body: rule.body, headers: rule.headers });
        await response.arrayBuffer();
        checks++;
        if (response.status !== rule.expect[caller])
          wrong.push(`${caller} ${method} ${path}: ${response.status}, expected ${rule.expect[caller]}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test("server actions run only for the allowed roles, and refused calls change nothing", async () => {
  const built = new Map(serverActions().map((a) => [a.name, a]));
  const ctx: ActionContext = { ids, stamp: Date.now().toString(36), made: {}, view, newLead };
  const wrong: string[] = [];
  for (const [name, rule] of Object.entries(actionRules)) {
    const action = built.get(name)!;
    // A page that holds the action, with real ids in its dynamic segments.
    const page = pageRules[action.pages[0]!]![0]!.path(ids);
    const allowed: Caller[] = rule.allow === "ANY" ? ["sales", "admin"] : ["admin"];
    for (const caller of callers) {
      const fields = await rule.fields(ctx, caller);
      const calls: [string, string, ActionAnswerKind | "login"][] =
        caller === "anonymous"
          ? [
              ["no cookie", "", "login"],
              ["forged cookie", forgedCookie, "sign-in"],
            ]
          : [
              [
                caller,
                cookies[caller]!,
                caller === "deactivated" ? "sign-in" : allowed.includes(caller) ? "ran" : "admins-only",
              ],
            ];
      for (const [who, cookie, expected] of calls) {
        const answer = await callAction(base, page, action.id, fields, cookie);
        // Without any session cookie the proxy sends the request to sign-in before the action is reached.
        const kind = answer.status === 307 && answer.location?.startsWith("/login") ? "login" : actionAnswer(answer);
        checks++;
        if (kind !== expected) wrong.push(`${who} → ${name}: ${kind}, expected ${expected}`);
        if (kind === "ran") await rule.remember?.(ctx, caller, answer.state?.data);
      }
      const effect = await rule.tookEffect?.(ctx, caller);
      if (effect !== undefined) {
        const expectEffect = (rule.effectFor ?? allowed).includes(caller);
        checks++;
        if (effect !== expectEffect)
          wrong.push(
            `${caller} → ${name}: ${effect ? "took effect" : "had no effect"}, expected ${expectEffect ? "an effect" : "none"}`,
          );
      }
    }
  }
  expect(wrong).toEqual([]);
});
