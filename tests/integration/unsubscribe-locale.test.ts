// The unsubscribe page's language: the token's user's saved choice, else the request's.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsubscribeLocale } from "@/lib/alerts/unsubscribe-locale";
import { getDb } from "@/lib/db";
import { seedUser } from "@/tests/support/leads";

describe("unsubscribeLocale", () => {
  it("speaks the language the token's user chose", async () => {
    const user = await seedUser();
    await (await getDb()).user.update({ where: { id: user.id }, data: { locale: "es-ES" } });
    expect(await unsubscribeLocale({ kind: "user", userId: user.id, preference: "mailAssigned" }, "pt-PT")).toBe(
      "es-ES",
    );
  });

  it("follows the request for a user without a choice, an unknown user, a channel and no token", async () => {
    const user = await seedUser();
    expect(await unsubscribeLocale({ kind: "user", userId: user.id, preference: "mailMissed" }, "pt-PT")).toBe("pt-PT");
    expect(await unsubscribeLocale({ kind: "user", userId: randomUUID(), preference: "mailDueSoon" }, "es-ES")).toBe(
      "es-ES",
    );
    expect(await unsubscribeLocale({ kind: "channel", channelId: randomUUID() }, "en")).toBe("en");
    expect(await unsubscribeLocale(null, "pt-PT")).toBe("pt-PT");
  });
});
