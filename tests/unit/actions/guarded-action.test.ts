// guardedAction says refusals in the request's language: the form's zod issues
// and a service's UserFacingError alike, and a fault as the generic message.
// (The request's locale comes from next-intl's getTranslations, replaced here by
// a Portuguese translator; the session check by a stand-in that lets everyone in.)
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { fieldIssue, InvalidInputError, NotFoundError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { errorKey } from "@/lib/i18n/validation";

const request = vi.hoisted(() => ({ locale: "pt-PT" }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => translatorFor(request.locale) }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  authorize: async () => ({ id: "u1", role: "ADMIN" }) as SessionUser,
}));

const { guardedAction } = await import("@/lib/actions/guarded-action");

const schema = z.object({ email: z.email(), label: z.string().min(1, errorKey("keyLabelMissing")) });
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

describe("guardedAction in the reader's language", () => {
  beforeEach(() => {
    request.locale = "pt-PT";
  });

  it("says the form's problems, field by field", async () => {
    const action = guardedAction("ANY", schema, async () => ({ ok: true, message: "done" }));
    expect(await action(null, form({ email: "nope", label: "" }))).toEqual({
      ok: false,
      message: "Corrija os campos assinalados.",
      fieldErrors: { email: ["Introduza um endereço de e-mail válido."], label: ["Dê um nome à chave."] },
    });
    request.locale = "es-ES";
    expect((await action(null, form({ email: "nope", label: "x" }))).fieldErrors).toEqual({
      email: ["Introduce una dirección de correo electrónico válida."],
    });
  });

  it("says a service's refusal with its values, and hides a fault behind the generic message", async () => {
    const refuse = (error: Error) => guardedAction("ANY", z.object({}), async () => Promise.reject(error));
    expect(await refuse(new NotFoundError("ruleGone"))(null, form({}))).toEqual({
      ok: false,
      message: "Essa regra já não existe.",
    });
    const invalid = new InvalidInputError([fieldIssue("members", "ruleInactiveUsers", { users: "a@x.pt", count: 1 })]);
    expect(await refuse(invalid)(null, form({}))).toEqual({
      ok: false,
      message: "Corrija os campos assinalados.",
      fieldErrors: { members: ["a@x.pt não é um utilizador ativo: escolha apenas utilizadores ativos."] },
    });
    const fault = await refuse(new Error("db.ts:12 exploded"))(null, form({}));
    expect(fault).toEqual({ ok: false, message: "Ocorreu um erro no servidor. Nada foi alterado." });
  });
});
