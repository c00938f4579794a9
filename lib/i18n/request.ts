// next-intl's per-request configuration (named in next.config.ts): the signed-in
// user's saved language, else the browser's Accept-Language, else English.
// No locale in the URL: links, bookmarks and alert e-mails stay the same in every language.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { loadMessages } from "./messages";
import { resolveLocale } from "./negotiate";

export default getRequestConfig(async () => {
  const user = await currentUser();
  const locale = resolveLocale(user?.locale, (await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale) };
});
