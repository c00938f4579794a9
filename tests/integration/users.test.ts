import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createUser, UserExistsError } from "@/lib/users/create-user";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { LastAdminError, setUserActive, setUserRole } from "@/lib/users/update-user";
import { verifyCredentials } from "@/lib/users/verify-credentials";

describe("users", () => {
  it("creates the first admin once, from ADMIN_EMAIL / ADMIN_PASSWORD", async () => {
    const first = await ensureFirstAdmin({ ADMIN_EMAIL: "Boss@Example.com", ADMIN_PASSWORD: "boss-password-1" });
    expect(first).toEqual({ created: true, email: "Boss@Example.com", generatedPassword: null });
    expect(await ensureFirstAdmin({})).toEqual({ created: false });
    const boss = await verifyCredentials("boss@example.com", "boss-password-1");
    expect(boss?.role).toBe("ADMIN");
  });

  it("stores a slow salted hash, never the password, and verifies it", async () => {
    const { user, generatedPassword } = await createUser({ email: " Sales@Example.com ", role: "SALES", password: "correct horse battery" });
    expect(generatedPassword).toBeNull();
    expect(user.email).toBe("sales@example.com");
    expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user.passwordHash).not.toContain("correct horse");
    expect((await verifyCredentials("SALES@example.com", "correct horse battery"))?.id).toBe(user.id);
    expect(await verifyCredentials("sales@example.com", "correct horse batterY")).toBeNull();
    expect(await verifyCredentials("nobody@example.com", "correct horse battery")).toBeNull();
    expect(await verifyCredentials("sales@example.com", 42)).toBeNull();
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("generates a one-time password when none is given", async () => {
    const { user, generatedPassword } = await createUser({ email: "gen@example.com", role: "SALES" });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await verifyCredentials(user.email, generatedPassword))?.id).toBe(user.id);
  });

  it("refuses a second user with the same e-mail in any casing", async () => {
    await createUser({ email: "twice@example.com", role: "SALES" });
    await expect(createUser({ email: "TWICE@example.com", role: "ADMIN" })).rejects.toBeInstanceOf(UserExistsError);
  });

  it("rejects invalid input with the zod message", async () => {
    await expect(createUser({ email: "not-an-email", role: "SALES" })).rejects.toThrow(/valid e-mail/);
    await expect(createUser({ email: "short@example.com", role: "SALES", password: "short" })).rejects.toThrow(/at least 10/);
  });

  it("deactivated users cannot sign in, and the last admin cannot be removed", async () => {
    const { user } = await createUser({ email: "leaver@example.com", role: "SALES", password: "leaver-password" });
    await setUserActive(user.id, false);
    expect(await verifyCredentials("leaver@example.com", "leaver-password")).toBeNull();
    await setUserActive(user.id, true);
    expect(await verifyCredentials("leaver@example.com", "leaver-password")).not.toBeNull();

    const db = await getDb();
    const admins = await db.user.findMany({ where: { role: "ADMIN", active: true } });
    expect(admins).toHaveLength(1);
    await expect(setUserRole(admins[0]!.id, "SALES")).rejects.toBeInstanceOf(LastAdminError);
    await expect(setUserActive(admins[0]!.id, false)).rejects.toBeInstanceOf(LastAdminError);
    await setUserRole(user.id, "ADMIN");
    await setUserRole(admins[0]!.id, "SALES");
    expect((await db.user.findUniqueOrThrow({ where: { id: admins[0]!.id } })).role).toBe("SALES");
  });
});
