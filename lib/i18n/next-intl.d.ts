// Message keys and locales are typed: t("…") with a key missing from
// messages/en.json does not compile.
import type { Messages } from "./messages";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
