import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { createUser, UserExistsError } from "@/lib/users/create-user";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { resetPassword } from "@/lib/users/reset-password";
import { WeakPasswordError } from "@/lib/users/weak-password-error";
import { LastAdminError, setUserActive, setUserRole } from "@/lib/users/update-user";
import { verifyCredentials } from "@/lib/users/verify-credentials";

describe("users", () => {
  it("creates the first admin once, from ADMIN_EMAIL / ADMIN_PASSWORD (refusing a weak one with the reason)", async () => {
    for (const weak of ["password1234", "boss@example.com", "short"]) {
      await expect(ensureFirstAdmin({ ADMIN_EMAIL: "Boss@Example.com", ADMIN_PASSWORD: weak })).rejects.toThrow(
        /^ADMIN_PASSWORD is not accepted: /,
      );
    }
    const first = await ensureFirstAdmin({ ADMIN_EMAIL: "Boss@Example.com", ADMIN_PASSWORD: "boss-password-1" });
    expect(first).toEqual({ created: true, email: "Boss@Example.com", generatedPassword: null });
    expect(await ensureFirstAdmin({})).toEqual({ created: false });
    const boss = await verifyCredentials("boss@example.com", "boss-password-1");
    expect(boss?.role).toBe("ADMIN");
  });

  it("stores a slow salted hash, never the password, and verifies it", async () => {
    const { user, generatedPassword } = await createUser({
      email: " Sales@Example.com ",
      role: "SALES",
      password: "correct horse battery",
    });
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

  it("rejects invalid input with the schema's message for the field", async () => {
    const refused = (input: Parameters<typeof createUser>[0]) =>
      createUser(input).then(
        () => null,
        (error: unknown) => (error instanceof InvalidInputError ? error.fieldErrors : error),
      );
    expect(await refused({ email: "not-an-email", role: "SALES" })).toEqual({
      email: ["Enter a valid e-mail address."],
    });
    expect(await refused({ email: "short@example.com", role: "SALES", password: "short" })).toEqual({
      password: ["Use at least 12 characters."],
    });
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

  it("holds every way of setting a password to the one policy", async () => {
    const weak = [
      "          ",
      "            ",
      "aaaaaaaaaaaa",
      "password12",
      "password1234",
      "Password2024!",
      "qwertyuiop123",
    ];
    for (const password of weak) {
      await expect(
        createUser({ email: `weak-${weak.indexOf(password)}@example.com`, role: "SALES", password }),
        JSON.stringify(password),
      ).rejects.toThrow();
    }
    await expect(
      createUser({ email: "self@example.com", role: "SALES", password: "self@example.com" }),
    ).rejects.toBeInstanceOf(WeakPasswordError);
    await expect(
      createUser({ email: "self2@example.com", role: "SALES", password: "SELF2@example.com!!" }),
    ).rejects.toBeInstanceOf(WeakPasswordError);

    const { user } = await createUser({ email: "changer@example.com", role: "SALES", password: "changer-first-pass" });
    await expect(changeOwnPassword(user.id, "wrong-current-pass", "changer-second-pass")).rejects.toThrow(
      /current password/,
    );
    for (const password of [...weak, "changer@example.com", "changer-first-pass"]) {
      await expect(
        changeOwnPassword(user.id, "changer-first-pass", password),
        JSON.stringify(password),
      ).rejects.toBeInstanceOf(WeakPasswordError);
    }
    await changeOwnPassword(user.id, "changer-first-pass", "changer-second-pass");
    expect(await verifyCredentials("changer@example.com", "changer-second-pass")).not.toBeNull();

    // An admin's reset: a generated password that passes the policy, and a change required at the next sign-in.
    const reset = await resetPassword(user.id);
    expect(reset.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    expect(await verifyCredentials("changer@example.com", "changer-second-pass")).toBeNull();
    await changeOwnPassword(user.id, reset.password, "changer-third-pass");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
  });
});
