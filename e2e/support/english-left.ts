// "No English label left": the labels a page shows (headings, buttons, links,
// form labels, table headers, placeholders, aria-labels) that are still an
// English message where the viewer's language has its own.
import type { Page } from "@playwright/test";
import en from "../../messages/en.json";
import es from "../../messages/es-ES.json";
import pt from "../../messages/pt-PT.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()) {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, out);
  }
  return out;
}

const english = flatten(en);
export const messagesFor = { "pt-PT": pt, "es-ES": es } as const;

/** English texts that are not the same in `locale` (names, codes and ICU messages left out). */
function englishOnly(locale: keyof typeof messagesFor): Set<string> {
  const other = flatten(messagesFor[locale]);
  const texts = new Set<string>();
  for (const [key, text] of english) {
    if (text.includes("{") || !/\p{L}{3,}/u.test(text)) continue;
    if (other.get(key) === text) continue;
    texts.add(text.trim());
  }
  for (const same of other.values()) texts.delete(same.trim());
  return texts;
}

/** The page's labels that are English messages where `locale` has its own words. */
export async function englishLabels(page: Page, locale: keyof typeof messagesFor): Promise<string[]> {
  const labels = await page.evaluate(() => {
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      return box.width > 0 || box.height > 0 || el.closest(".sr-only") !== null;
    };
    const selector = "h1, h2, h3, h4, th, label, button, a, summary, legend, dt, option, [role=tab], [role=menuitem]";
    const texts = [...document.querySelectorAll(selector)].filter(visible).map((el) => el.textContent ?? "");
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
      for (const name of ["placeholder", "aria-label", "title"]) texts.push(el.getAttribute(name) ?? "");
    }
    return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
  });
  const left = englishOnly(locale);
  return [...new Set(labels.filter((label) => left.has(label)))];
}
