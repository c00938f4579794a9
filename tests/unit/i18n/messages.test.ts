// Every locale has exactly the keys English has, with the same placeholders,
// and every key is used by the code (a leaf name that appears nowhere in app/,
// components/ or lib/ is dead and would drift untranslated).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(fs.readFileSync(path.join("messages", `${locale}.json`), "utf8")) as Tree;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** ICU argument names ({count}, {name, plural, …}), sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!).sort();
}

function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else if (/\.(ts|tsx)$/.test(entry.name)) files.push(full);
    }
  };
  ["app", "components", "lib"].forEach(walk);
  return files.map((file) => fs.readFileSync(file, "utf8")).join("\n");
}

const english = flatten(load("en"));

describe("messages", () => {
  it.each(locales.filter((l) => l !== "en"))(
    "%s has the same keys and placeholders as English, none empty",
    (locale) => {
      const other = flatten(load(locale));
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe("");
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
      }
    },
  );

  it("uses every key: its namespace and the rest of its path appear in the code", () => {
    const source = sourceText();
    const used = (key: string) => {
      const parts = key.split(".");
      for (let i = 1; i < parts.length; i++) {
        if (!source.includes(`"${parts.slice(0, i).join(".")}"`)) continue; // useTranslations("ns")
        const rest = parts.slice(i);
        if (source.includes(`"${rest.join(".")}"`)) return true; // t("key")
        // A key chosen at run time, t(`status.${value}`): its last part must be a value the code names.
        const prefix = rest.slice(0, -1).join(".");
        if (prefix && source.includes(`\`${prefix}.\${`) && source.includes(`"${rest.at(-1)}"`)) return true;
      }
      return false;
    };
    const unused = [...english.keys()].filter((key) => !used(key));
    expect(unused).toEqual([]);
  });
});
