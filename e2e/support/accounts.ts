// The accounts e2e/serve.ts creates on its fresh database, and the port it serves on.
export const e2ePort = Number(process.env.E2E_PORT || 3100);
export const admin = { email: "admin@e2e.test", password: "admin-password-123" };
export const sales = { email: "sales@e2e.test", password: "sales-password-123" };
/** An admin the authorisation tests deactivate while it is signed in. */
export const inactive = { email: "inactive@e2e.test", password: "inactive-password-123" };
/** A sales user with no saved language: the pages follow the browser's (the language tests sign in as it). */
export const linguist = { email: "linguist@e2e.test", password: "linguist-password-123" };
/** A sales user whose saved language e2e/language.spec.ts changes (no other test signs in as it). */
export const switcher = { email: "switcher@e2e.test", password: "switcher-password-123" };
