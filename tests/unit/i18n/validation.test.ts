// Zod issues said in the reader's language: a schema's own message is an errors
// key (with its values), any other issue is said by its code with its values.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssue, InvalidInputError, UserFacingError } from "@/lib/errors";
import { english, translatorFor } from "@/lib/i18n/translator";
import { errorKey, localizeIssues } from "@/lib/i18n/validation";

const schema = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(5),
  hours: z.coerce.number().int().min(1).max(24),
  kind: z.enum(["A", "B"]),
  label: z.string().min(1, errorKey("keyLabelMissing")),
  password: z.string().superRefine((password, ctx) => {
    if (password.length < 12)
      ctx.addIssue({ code: "custom", message: errorKey("passwordTooShort"), params: { minimum: 12 } });
  }),
  missing: z.string(),
});

const bad = { email: "nope", name: "longer than five", hours: "1.5", kind: "C", label: "", password: "short" };

describe("localizeIssues", () => {
  it("says each field's problem in English, by code or by the schema's own key", () => {
    const { fieldErrors } = localizeIssues(schema.safeParse(bad).error!, english);
    expect(fieldErrors).toEqual({
      email: ["Enter a valid e-mail address."],
      name: ["Use at most 5 characters."],
      hours: ["Enter a whole number."],
      kind: ["Choose one of the options."],
      label: ["Give the key a label."],
      password: ["Use at least 12 characters."],
      missing: ["Required."],
    });
    expect(localizeIssues(schema.safeParse({ ...bad, name: " " }).error!, english).fieldErrors.name).toEqual([
      "Required.",
    ]);
  });

  it("says the same in European Portuguese and peninsular Spanish", async () => {
    const issues = schema.safeParse(bad).error!;
    expect(localizeIssues(issues, await translatorFor("pt-PT")).fieldErrors).toEqual({
      email: ["Introduza um endereço de e-mail válido."],
      name: ["Utilize no máximo 5 carateres."],
      hours: ["Introduza um número inteiro."],
      kind: ["Escolha uma das opções."],
      label: ["Dê um nome à chave."],
      password: ["Utilize pelo menos 12 carateres."],
      missing: ["Obrigatório."],
    });
    const es = localizeIssues(issues, await translatorFor("es-ES")).fieldErrors;
    expect(es.email).toEqual(["Introduce una dirección de correo electrónico válida."]);
    expect(es.password).toEqual(["Usa al menos 12 caracteres."]);
  });

  it("a UserFacingError keeps English as its message and is said in any language at the boundary", async () => {
    const error = new InvalidInputError([fieldIssue("target", "channelEmail")]);
    expect(error.message).toBe("Please correct the highlighted fields.");
    expect(error.say(await translatorFor("es-ES"))).toEqual({
      message: "Corrige los campos marcados.",
      fieldErrors: { target: ["Introduce una dirección de correo electrónico."] },
    });
    const disabled = new UserFacingError("destinationDisabled", { values: { name: "CRM" } });
    expect(disabled.message).toBe('"CRM" is disabled: enable it first.');
    expect(disabled.say(await translatorFor("pt-PT")).message).toBe('"CRM" está desativado: ative-o primeiro.');
  });
});
