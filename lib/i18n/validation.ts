// Validation messages in the reader's language, from zod issues: on the server
// (guardedAction, services' InvalidInputError) and in the browser alike, for
// inline checks of a form with the same schema:
//
//   const t = useTranslations();              // or getTranslations(), translatorFor(locale)
//   const parsed = schema.safeParse(values);
//   if (!parsed.success) setErrors(localizeIssues(parsed.error, t).fieldErrors);
//
// A schema's own message is a key of the `errors` namespace (errorKey("…"), with
// the values in the issue's params); an issue without one is said by its code
// (too short, not an e-mail address…) from the `validation` namespace.
import type { z } from "zod";
import type { Messages } from "./messages";
import { sayKey, type MessageValues, type Translate } from "./say-key";

export type ErrorKey = keyof Messages["errors"];
type ValidationKey = keyof Messages["validation"];
type Issue = z.core.$ZodIssue;

/** An `errors` key as a schema's custom message, checked at compile time: z.email({ error: errorKey("…") }). */
export const errorKey = (key: ErrorKey): string => key;

const missing = (issue: Issue) =>
  "input" in issue
    ? issue.input === undefined || issue.input === null
    : /received (undefined|null)$/.test(issue.message);

function generic(issue: Issue): [ValidationKey, MessageValues?] {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return ["wholeNumber"];
      if (issue.expected === "number") return ["number"];
      // Issues carry no input unless asked to; zod's own text says a value was missing.
      return missing(issue) ? ["required"] : ["invalid"];
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return minimum <= 1 ? ["required"] : ["tooShort", { minimum }];
      if (issue.origin === "array" || issue.origin === "set") return ["tooFew", { minimum }];
      if (issue.origin === "date") return ["invalid"];
      return ["tooSmall", { minimum }];
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return ["tooLong", { maximum }];
      if (issue.origin === "array" || issue.origin === "set") return ["tooMany", { maximum }];
      if (issue.origin === "date") return ["invalid"];
      return ["tooBig", { maximum }];
    }
    case "invalid_format":
      if (issue.format === "email") return ["email"];
      if (issue.format === "url") return ["url"];
      return ["invalid"];
    case "not_multiple_of":
      return ["multipleOf", { divisor: Number(issue.divisor) }];
    case "invalid_value":
      return ["choice"];
    default:
      return ["invalid"];
  }
}

/** One issue in the reader's language: its `errors` key when the schema gave one, else by its code. */
export function issueMessage(issue: Issue, t: Translate): string {
  const own = issue.message;
  if (/^[A-Za-z]+$/.test(own) && t.has(`errors.${own}` as "errors.serverFailure")) {
    const values = issue.code === "custom" ? (issue.params as MessageValues | undefined) : undefined;
    return sayKey(t, `errors.${own}`, values);
  }
  const [key, values] = generic(issue);
  return sayKey(t, `validation.${key}`, values);
}

export interface LocalizedIssues {
  /** Issues of the whole form (no field). */
  formErrors: string[];
  /** By top-level field name, as z.flattenError gives them. */
  fieldErrors: Record<string, string[]>;
}

/** z.flattenError in the reader's language: a ZodError or its issues → messages per field. */
export function localizeIssues(issues: z.ZodError | readonly Issue[], t: Translate): LocalizedIssues {
  const list = Array.isArray(issues) ? (issues as readonly Issue[]) : (issues as z.ZodError).issues;
  const result: LocalizedIssues = { formErrors: [], fieldErrors: {} };
  for (const issue of list) {
    const message = issueMessage(issue, t);
    const field = issue.path[0];
    if (field === undefined) result.formErrors.push(message);
    else (result.fieldErrors[String(field)] ??= []).push(message);
  }
  return result;
}
