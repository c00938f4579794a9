// For the specs that read the app in Portuguese and Spanish: signing in through
// the translated sign-in page, and the English each locale words differently
// (read from messages/*.json, so a renamed string needs no change here).
import fs from "node:fs";
import { expect, type Page } from "@playwright/test";

export type TestLocale = "pt-PT" | "es-ES";
type Tree = { [key: string]: string | Tree };

const load = (locale: string) => JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")) as Tree;
const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : flatten(v, `${prefix}${k}.`)));

/** Signs in on the sign-in page as the browser's language shows it, then opens `path`. */
export async function signInIn(
  page: Page,
  locale: TestLocale,
  account: { email: string; password: string },
  path = "/",
) {
  const login = Object.fromEntries(flatten(load(locale).login as Tree));
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel(login.email!, { exact: true }).fill(account.email);
  await page.getByLabel(login.password!, { exact: true }).fill(account.password);
  await page.getByRole("button", { name: login.submit!, exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The English strings of these namespaces that `locale` words differently (plain text, four letters or more). */
export function englishOnly(locale: TestLocale, namespaces: string[]): string[] {
  const words = (tree: Tree) => new Map(namespaces.flatMap((ns) => flatten(tree[ns] as Tree, `${ns}.`)));
  const translated = words(load(locale));
  return [...words(load("en"))]
    .filter(([key, text]) => text.length >= 4 && !/[{<]/.test(text) && translated.get(key) !== text)
    .map(([, text]) => text);
}
