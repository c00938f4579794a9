// The one password policy, for every way a password is set: the users page,
// `npm run user:create`, the first admin, an admin's reset and a user's own
// change. At least 12 characters, more than a few different ones, not only
// whitespace, not the e-mail address, and not a common password — checked
// against the common-password list that ships inside @zxcvbn-ts/language-common
// (about 49,000 passwords from public breach corpora; no network needed),
// also with digits and punctuation stripped from its ends ("Password2024!").
import { dictionary } from "@zxcvbn-ts/language-common";
import type { ErrorMessage } from "@/lib/errors";

export const passwordMinLength = 12;
export const passwordMaxLength = 200;
const minDistinct = 5;

let common: Set<string> | undefined;
const isCommon = (word: string) => (common ??= new Set(dictionary["passwords-common"])).has(word);

/** What is wrong with this password, for the person choosing it; null when it is acceptable. */
export function passwordProblem(password: string, email?: string): ErrorMessage | null {
  if (password.length < passwordMinLength) return { key: "passwordTooShort", values: { minimum: passwordMinLength } };
  if (password.length > passwordMaxLength) return { key: "passwordTooLong", values: { maximum: passwordMaxLength } };
  if (!password.trim()) return { key: "passwordBlank" };
  const lower = password.normalize("NFKC").toLowerCase();
  if (new Set(lower).size < minDistinct) return { key: "passwordFewCharacters", values: { minimum: minDistinct } };
  const core = lower.trim().replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (email) {
    const address = email.trim().toLowerCase();
    const local = address.split("@")[0] ?? "";
    if (lower.includes(address) || (local && core === local)) return { key: "passwordIsEmail" };
  }
  if (isCommon(lower) || isCommon(lower.trim()) || (core.length >= 4 && isCommon(core))) {
    return { key: "passwordCommon" };
  }
  return null;
}
