// Who may reach what: one rule for every page, route handler method and server
// action of the app (authorization-matrix.spec.ts enumerates them from the
// route tree and fails on an entry point without a rule, or a rule without
// an entry point). Sales triage leads; admins also manage settings: webhook
// keys, failed receipts, destinations, assignment rules, alert channels and users. A deactivated
// user's cookie (still validly signed, its session ended) counts for nothing. The unsubscribe page
// and its route are open to all: the signed token in the link is the only authority.
export const callers = ["anonymous", "deactivated", "sales", "admin"] as const;
export type Caller = (typeof callers)[number];

/** What a page answers: 200, a redirect to sign-in / the forbidden page / the overview, or 404. */
export type PageAnswer = "ok" | "login" | "forbidden" | "overview" | "not-found";
type PageMatrix = Record<Caller, PageAnswer>;

const everybody: PageMatrix = { anonymous: "ok", deactivated: "ok", sales: "ok", admin: "ok" };
const signedIn: PageMatrix = { anonymous: "login", deactivated: "login", sales: "ok", admin: "ok" };
const adminsOnly: PageMatrix = { anonymous: "login", deactivated: "login", sales: "forbidden", admin: "ok" };
/** The role check comes before the lookup: a wrong role never learns whether the id exists. */
const missing = (m: PageMatrix): PageMatrix => ({
  ...m,
  ...(m.sales === "ok" ? { sales: "not-found" } : {}),
  admin: "not-found",
});

export interface MatrixIds {
  lead: string;
  destination: string;
  salesUser: string;
  inactiveUser: string;
  plantedKey: string;
  assignmentRule: string;
}

/** A page pattern's concrete URLs: with ids that exist, and (dynamic pages) with an id that does not. */
export interface PageRule {
  path: (ids: MatrixIds) => string;
  expect: PageMatrix;
}

export const nonexistentId = "00000000-0000-4000-8000-000000000000";

export const pageRules: Record<string, PageRule[]> = {
  "/": [{ path: () => "/", expect: signedIn }],
  "/leads": [{ path: () => "/leads", expect: signedIn }],
  "/leads/[id]": [
    { path: (ids) => `/leads/${ids.lead}`, expect: signedIn },
    { path: () => `/leads/${nonexistentId}`, expect: missing(signedIn) },
  ],
  "/forbidden": [{ path: () => "/forbidden", expect: signedIn }],
  "/profile": [{ path: () => "/profile", expect: signedIn }],
  "/settings": [{ path: () => "/settings", expect: adminsOnly }],
  "/settings/webhooks": [{ path: () => "/settings/webhooks", expect: adminsOnly }],
  "/settings/notifications": [{ path: () => "/settings/notifications", expect: adminsOnly }],
  // Without a valid token the page only says the link is not valid.
  "/unsubscribe": [{ path: () => "/unsubscribe?token=not-a-token", expect: everybody }],
  "/settings/receipts": [{ path: () => "/settings/receipts", expect: adminsOnly }],
  "/settings/users": [{ path: () => "/settings/users", expect: adminsOnly }],
  "/settings/assignment": [{ path: () => "/settings/assignment", expect: adminsOnly }],
  "/settings/assignment/[id]": [
    { path: (ids) => `/settings/assignment/${ids.assignmentRule}`, expect: adminsOnly },
    { path: () => `/settings/assignment/${nonexistentId}`, expect: missing(adminsOnly) },
  ],
  "/settings/destinations": [{ path: () => "/settings/destinations", expect: adminsOnly }],
  "/settings/destinations/new": [{ path: () => "/settings/destinations/new?kind=HTTPS", expect: adminsOnly }],
  "/settings/destinations/[id]": [
    { path: (ids) => `/settings/destinations/${ids.destination}`, expect: adminsOnly },
    { path: () => `/settings/destinations/${nonexistentId}`, expect: missing(adminsOnly) },
  ],
  "/settings/destinations/[id]/edit": [
    { path: (ids) => `/settings/destinations/${ids.destination}/edit`, expect: adminsOnly },
    { path: () => `/settings/destinations/${nonexistentId}/edit`, expect: missing(adminsOnly) },
  ],
  // The sign-in page sends anyone already signed in on to where they were going.
  "/login": [
    { path: () => "/login", expect: { anonymous: "ok", deactivated: "ok", sales: "overview", admin: "overview" } },
  ],
};

/** A route handler method: a concrete request and the status each caller gets. */
export interface RouteRule {
  path: (ids: MatrixIds, planted: { webhookKey: string }) => string;
  body?: string;
  headers?: Record<string, string>;
  expect: Record<Caller, number>;
}

const everyone = (status: number): Record<Caller, number> => ({
  anonymous: status,
  deactivated: status,
  sales: status,
  admin: status,
});

export const routeRules: Record<string, RouteRule[]> = {
  // next-auth's own endpoints are public by design: they are how one signs in.
  "GET /api/auth/[...nextauth]": [{ path: () => "/api/auth/providers", expect: everyone(200) }],
  "POST /api/auth/[...nextauth]": [
    // Without next-auth's CSRF token a sign-in post only leads back to the sign-in page.
    {
      path: () => "/api/auth/callback/credentials",
      body: "email=nobody%40e2e.test&password=wrong",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      expect: everyone(302),
    },
  ],
  "GET /api/health": [{ path: () => "/api/health", expect: everyone(200) }],
  // Only a signed token unsubscribes; a session is no token.
  "POST /api/unsubscribe": [
    {
      path: () => "/api/unsubscribe?token=not-a-token",
      body: "",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      expect: everyone(400),
    },
  ],
  // A session grants nothing here: only METRICS_TOKEN as a bearer token (e2e/serve.ts sets one).
  "GET /api/metrics": [{ path: () => "/api/metrics", expect: everyone(401) }],
  "GET /api/leads/export": [
    {
      path: () => "/api/leads/export?status=NEW",
      expect: { anonymous: 401, deactivated: 401, sales: 200, admin: 200 },
    },
  ],
  // Webhooks authenticate by key only: a session, even an admin's, is no key.
  "POST /api/webhooks/marketplace": [
    {
      path: () => "/api/webhooks/marketplace",
      body: "{}",
      headers: { "content-type": "application/json" },
      expect: everyone(401),
    },
  ],
  "POST /api/webhooks/marketplace/[key]": [
    {
      path: () => "/api/webhooks/marketplace/ldk_not-a-key",
      body: "{}",
      headers: { "content-type": "application/json" },
      expect: everyone(401),
    },
  ],
};

/** What a server action did with a call. */
export type ActionAnswerKind = "sign-in" | "admins-only" | "ran";

export interface ActionContext {
  ids: MatrixIds;
  /** Unique per run, so markers never meet data of an earlier run or another spec. */
  stamp: string;
  /** Ids and values created by allowed calls, for later rules (e.g. the key that revoke-key revokes). */
  made: Record<string, string>;
  /** GET a page as `caller` (admin by default), following nothing: its status and HTML. */
  view: (path: string, caller?: Caller) => Promise<{ status: number; html: string }>;
  /** A fresh lead (through the planted webhook key): its id. */
  newLead: () => Promise<string>;
}

export interface ActionRule {
  allow: "ADMIN" | "ANY";
  fields: (ctx: ActionContext, caller: Caller) => Record<string, string> | Promise<Record<string, string>>;
  /** Whether the call `caller` made took effect, observed afterwards; undefined where it cannot be seen. */
  tookEffect?: (ctx: ActionContext, caller: Caller) => Promise<boolean | undefined>;
  /** Callers whose call must take effect (default: the allowed ones); everyone else's must not. */
  effectFor?: Caller[];
  /** Remembers what an allowed call made. */
  remember?: (ctx: ActionContext, caller: Caller, data: unknown) => Promise<void>;
}

const marker = (ctx: ActionContext, caller: Caller) => `matrix-${caller}-${ctx.stamp}`;
const has = (text: string) => async (ctx: ActionContext, path: string) => (await ctx.view(path)).html.includes(text);
const keyRow = (html: string, label: string) =>
  new RegExp(`data-testid="key-${label}"[^]*?</tr>`).exec(html)?.[0] ?? "";
/** A saved view's link in the list of views (the marker alone also names the user create-user made). */
const viewLink = (ctx: ActionContext, caller: Caller) => `>${marker(ctx, caller)}</a>`;
const disqualify = (ctx: ActionContext, caller: Caller) => ({
  change: "status",
  status: "DISQUALIFIED",
  reason: marker(ctx, caller),
});
const channelRow = (html: string, name: string) =>
  new RegExp(`data-testid="channel-${name}"[^]*?</tr>`).exec(html)?.[0] ?? "";
const notifications = async (ctx: ActionContext) => (await ctx.view("/settings/notifications")).html;
/** The planted channel (e2e/serve.ts): disabled, so the wrong callers try to enable or delete it. */
const plantedChannel = async (ctx: ActionContext) =>
  hiddenId(channelRow(await notifications(ctx), "Planted channel")) ?? nonexistentId;
const hiddenId = (row: string) => /name="id" value="([0-9a-f-]{36})"/.exec(row)?.[1];

// Run in this order: later rules use what earlier allowed calls made.
export const actionRules: Record<string, ActionRule> = {
  "lib/actions/users/create-user-action.ts#createUserAction": {
    allow: "ADMIN",
    fields: (ctx, caller) => ({
      email: `${marker(ctx, caller)}@e2e.test`,
      name: "Matrix",
      role: "ADMIN",
      password: "",
    }),
    tookEffect: (ctx, caller) => has(`${marker(ctx, caller)}@e2e.test`)(ctx, "/settings/users"),
    remember: async (ctx, caller) => {
      const row =
        new RegExp(`data-testid="user-${marker(ctx, caller)}@e2e.test"[^]*?</tr>`).exec(
          (await ctx.view("/settings/users")).html,
        )?.[0] ?? "";
      const id = /name="userId" value="([0-9a-f-]{36})"/.exec(row)?.[1];
      if (id) ctx.made.user = id;
    },
  },
  // Everyone aims at the user the admin just made (resetting a shared account would end its sessions elsewhere).
  "lib/actions/users/reset-password-action.ts#resetPasswordAction": {
    allow: "ADMIN",
    fields: (ctx) => ({ userId: ctx.made.user ?? nonexistentId }),
    tookEffect: async (ctx) => {
      const html = (await ctx.view("/settings/users")).html;
      return (
        new RegExp(`data-testid="user-${marker(ctx, "admin")}@e2e.test"[^]*?</tr>`).exec(html)?.[0] ?? ""
      ).includes("Must change password");
    },
  },
  // With a wrong current password: the guard is what is tested (a real change would end the shared accounts' sessions).
  "lib/actions/users/change-password-action.ts#changePasswordAction": {
    allow: "ANY",
    fields: () => ({
      currentPassword: "not-the-current-password",
      newPassword: "matrix-new-password-1",
      confirmPassword: "matrix-new-password-1",
    }),
  },
  // Values the shared accounts have anyway: the guard is what is tested.
  "lib/actions/profile/set-density-action.ts#setDensityAction": {
    allow: "ANY",
    fields: () => ({ density: "compact" }),
  },
  // The shared accounts' defaults (every alert e-mail on) and language (the browser's).
  "lib/actions/users/email-preferences-action.ts#emailPreferencesAction": {
    allow: "ANY",
    fields: () => ({ "mail.mailAssigned": "on", "mail.mailDueSoon": "on", "mail.mailMissed": "on" }),
  },
  "lib/actions/users/set-locale-action.ts#setLocaleAction": {
    allow: "ANY",
    fields: () => ({ locale: "browser" }),
  },
  "lib/actions/profile/set-time-zone-action.ts#setTimeZoneAction": {
    allow: "ANY",
    fields: () => ({ timeZone: "UTC", source: "browser" }),
  },
  // Without its confirmation: the guard is what is tested (a real call would sign the shared accounts out everywhere).
  "lib/actions/users/sign-out-everywhere-action.ts#signOutEverywhereAction": {
    allow: "ANY",
    fields: () => ({}),
  },
  "lib/actions/users/update-user-action.ts#updateUserAction": {
    allow: "ADMIN",
    // The wrong callers try to make the sales user an admin; the admin's call changes nothing (sales stays sales).
    fields: (ctx, caller) => ({
      change: "role",
      userId: ctx.ids.salesUser,
      role: caller === "admin" ? "SALES" : "ADMIN",
    }),
    tookEffect: async (ctx) => (await ctx.view("/settings", "sales")).status === 200,
    effectFor: [],
  },
  "lib/actions/webhook-keys/create-key-action.ts#createKeyAction": {
    allow: "ADMIN",
    fields: (ctx, caller) => ({ label: marker(ctx, caller) }),
    tookEffect: async (ctx, caller) => keyRow((await ctx.view("/settings/webhooks")).html, marker(ctx, caller)) !== "",
    remember: async (ctx, caller) => {
      const id = hiddenId(keyRow((await ctx.view("/settings/webhooks")).html, marker(ctx, caller)));
      if (id) ctx.made.key = id;
    },
  },
  "lib/actions/webhook-keys/revoke-key-action.ts#revokeKeyAction": {
    allow: "ADMIN",
    // The wrong callers try the planted key the other specs post with; the admin revokes the key it just made.
    fields: (ctx, caller) => ({ id: caller === "admin" ? ctx.made.key! : ctx.ids.plantedKey }),
    tookEffect: async (ctx, caller) => {
      const html = (await ctx.view("/settings/webhooks")).html;
      return keyRow(html, caller === "admin" ? marker(ctx, "admin") : "Planted key").includes("Revoked");
    },
  },
  "lib/actions/webhook-keys/set-silence-days-action.ts#setSilenceDaysAction": {
    allow: "ADMIN",
    // The admin's call keeps the planted key's default; the wrong callers' 99 must not land.
    fields: (ctx, caller) => ({ id: ctx.ids.plantedKey, silenceDays: caller === "admin" ? "7" : "99" }),
    tookEffect: async (ctx) =>
      keyRow((await ctx.view("/settings/webhooks")).html, "Planted key").includes('value="99"'),
    effectFor: [],
  },
  "lib/actions/alerts/create-channel-action.ts#createChannelAction": {
    allow: "ADMIN",
    fields: (ctx, caller) => ({
      kind: "SLACK",
      name: marker(ctx, caller),
      target: "http://127.0.0.1:9/services/matrix",
      "events.dead-letter": "on",
    }),
    tookEffect: async (ctx, caller) => channelRow(await notifications(ctx), marker(ctx, caller)) !== "",
    remember: async (ctx, _caller, data) => {
      ctx.made.channel = (data as { id: string }).id;
    },
  },
  "lib/actions/alerts/channel-admin-actions.ts#setChannelEnabledAction": {
    allow: "ADMIN",
    // The admin disables the channel it made; the wrong callers try to enable the planted one.
    fields: async (ctx, caller) =>
      caller === "admin"
        ? { id: ctx.made.channel!, enabled: "false" }
        : { id: await plantedChannel(ctx), enabled: "true" },
    tookEffect: async (ctx, caller) => {
      const html = await notifications(ctx);
      const disabled = (name: string) => channelRow(html, name).includes("Disabled");
      return caller === "admin" ? disabled(marker(ctx, "admin")) : !disabled("Planted channel");
    },
  },
  "lib/actions/alerts/channel-admin-actions.ts#sendChannelTestAction": {
    allow: "ADMIN",
    fields: (ctx) => ({ id: ctx.made.channel! }),
  },
  "lib/actions/alerts/channel-admin-actions.ts#deleteChannelAction": {
    allow: "ADMIN",
    fields: async (ctx, caller) => ({ id: caller === "admin" ? ctx.made.channel! : await plantedChannel(ctx) }),
    tookEffect: async (ctx, caller) =>
      channelRow(await notifications(ctx), caller === "admin" ? marker(ctx, "admin") : "Planted channel") === "",
  },
  "lib/actions/destinations/save-destination-action.ts#saveDestinationAction": {
    allow: "ADMIN",
    fields: (ctx, caller) => ({
      kind: "HTTPS",
      name: marker(ctx, caller),
      "config.url": "http://127.0.0.1:9/matrix",
      "config.headers": "",
      "config.signingSecret": "",
    }),
    tookEffect: (ctx, caller) => has(marker(ctx, caller))(ctx, "/settings/destinations"),
    remember: async (ctx, _caller, data) => {
      ctx.made.destination = (data as { id: string }).id;
    },
  },
  "lib/actions/destinations/set-enabled-action.ts#setEnabledAction": {
    allow: "ADMIN",
    // Enabling the planted destination would start forwarding leads; the admin's call disables the disabled one.
    fields: (ctx, caller) => ({ id: ctx.ids.destination, enabled: caller === "admin" ? "false" : "true" }),
    tookEffect: (ctx) => has(">Enabled<")(ctx, `/settings/destinations/${ctx.ids.destination}`),
    effectFor: [],
  },
  "lib/actions/destinations/send-test-action.ts#sendTestAction": {
    allow: "ADMIN",
    fields: (ctx) => ({ id: ctx.ids.destination }),
  },
  "lib/actions/destinations/retry-deliveries-action.ts#retryDeliveriesAction": {
    allow: "ADMIN",
    fields: (ctx) => ({ scope: "all", destinationId: ctx.ids.destination }),
  },
  "lib/actions/destinations/delete-destination-action.ts#deleteDestinationAction": {
    allow: "ADMIN",
    fields: (ctx, caller) => ({ id: caller === "admin" ? ctx.made.destination! : ctx.ids.destination }),
    tookEffect: async (ctx, caller) =>
      (await ctx.view(`/settings/destinations/${caller === "admin" ? ctx.made.destination : ctx.ids.destination}`))
        .status === 404,
  },
  "lib/actions/assignment/save-rule-action.ts#saveRuleAction": {
    allow: "ADMIN",
    fields: (ctx, caller) => ({
      name: marker(ctx, caller),
      mode: "UNASSIGNED",
      "source.AppSource": "on",
      countries: "matrix",
    }),
    tookEffect: (ctx, caller) => has(marker(ctx, caller))(ctx, "/settings/assignment"),
    remember: async (ctx, _caller, data) => {
      ctx.made.rule = (data as { id: string }).id;
    },
  },
  "lib/actions/assignment/move-rule-action.ts#moveRuleAction": {
    allow: "ADMIN",
    fields: (ctx) => ({ id: ctx.made.rule!, direction: "up" }),
  },
  "lib/actions/assignment/delete-rule-action.ts#deleteRuleAction": {
    allow: "ADMIN",
    fields: (ctx) => ({ id: ctx.made.rule! }),
    tookEffect: async (ctx) => (await ctx.view(`/settings/assignment/${ctx.made.rule}`)).status === 404,
  },
  "lib/actions/users/reassign-leads-action.ts#reassignLeadsAction": {
    allow: "ADMIN",
    // The deactivated user owns no leads: the guard is what is tested.
    fields: (ctx) => ({ fromUserId: ctx.ids.inactiveUser, toUserId: "" }),
  },
  "lib/actions/receipts/reprocess-action.ts#reprocessAction": {
    allow: "ADMIN",
    // One receipt that does not exist: the guard is what is tested, not reprocessing other specs' receipts.
    fields: () => ({ scope: "one", id: nonexistentId }),
  },
  "lib/actions/leads/add-note-action.ts#addNoteAction": {
    allow: "ANY",
    fields: (ctx, caller) => ({ leadId: ctx.ids.lead, note: marker(ctx, caller) }),
    tookEffect: (ctx, caller) => has(marker(ctx, caller))(ctx, `/leads/${ctx.ids.lead}`),
  },
  // Each caller disqualifies a lead of its own: only a disqualification keeps its reason, which the activity log shows.
  "lib/actions/leads/triage-lead-action.ts#triageLeadAction": {
    allow: "ANY",
    fields: async (ctx, caller) => ({
      leadId: (ctx.made[`triage-${caller}`] = await ctx.newLead()),
      ...disqualify(ctx, caller),
    }),
    tookEffect: (ctx, caller) => has(marker(ctx, caller))(ctx, `/leads/${ctx.made[`triage-${caller}`]}`),
  },
  "lib/actions/leads/bulk-triage-action.ts#bulkTriageAction": {
    allow: "ANY",
    fields: async (ctx, caller) => ({
      scope: "ids",
      ids: (ctx.made[`bulk-${caller}`] = await ctx.newLead()),
      ...disqualify(ctx, caller),
    }),
    tookEffect: (ctx, caller) => has(marker(ctx, caller))(ctx, `/leads/${ctx.made[`bulk-${caller}`]}`),
  },
  "lib/actions/leads/count-matching-action.ts#countMatchingAction": {
    allow: "ANY",
    fields: () => ({ query: "" }),
  },
  "lib/actions/leads/search-palette-action.ts#searchPaletteAction": {
    allow: "ANY",
    fields: () => ({ q: "matrix" }),
  },
  "lib/actions/leads/save-view-action.ts#saveViewAction": {
    allow: "ANY",
    fields: (ctx, caller) => ({ name: marker(ctx, caller), query: "status=NEW" }),
    // Views are private: only the one who saved it sees it, so only sales' and admin's own can be looked at.
    tookEffect: async (ctx, caller) =>
      caller === "sales" || caller === "admin"
        ? (await ctx.view("/leads", caller)).html.includes(viewLink(ctx, caller))
        : undefined,
    remember: async (ctx, caller) => {
      const html = (await ctx.view("/leads", caller)).html;
      // The view's link, then its delete form with the id.
      const id = hiddenId(new RegExp(`${viewLink(ctx, caller)}[^]*?</form>`).exec(html)?.[0] ?? "");
      if (id) ctx.made[`view-${caller}`] = id;
    },
  },
  "lib/actions/leads/delete-view-action.ts#deleteViewAction": {
    allow: "ANY",
    // Everyone but the admin aims at the admin's view: sales passes the guard, but a view is its owner's alone.
    fields: (ctx) => ({ id: ctx.made["view-admin"]! }),
    tookEffect: async (ctx) => !(await ctx.view("/leads", "admin")).html.includes(viewLink(ctx, "admin")),
    effectFor: ["admin"],
  },
};
