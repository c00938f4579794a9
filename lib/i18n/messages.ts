import type { Locale } from "./locales";
import en from "@/messages/en.json";

export type Messages = typeof en;

// Imported on demand so a page carries only its own language.
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: async () => en,
  "pt-PT": async () => (await import("@/messages/pt-PT.json")).default,
  "es-ES": async () => (await import("@/messages/es-ES.json")).default,
};

export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}
