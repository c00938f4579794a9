import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeConditions, describeOutcome, describeTarget, type RuleWords } from "@/lib/assignment/describe-rule";
import type { RuleListItem } from "@/lib/assignment/list-rules";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import en from "@/messages/en.json";
import pt from "@/messages/pt-PT.json";
import es from "@/messages/es-ES.json";

function words(locale: Locale, messages: Messages): RuleWords {
  return {
    t: createTranslator({ locale, messages, namespace: "assignment.describe" }),
    domain: createTranslator({ locale, messages, namespace: "domain" }),
    locale,
  };
}

const ann = { id: "a", email: "ann@example.com", name: "Ann", active: true };
const bob = { id: "b", email: "bob@example.com", name: "", active: false };

function rule(over: Partial<RuleListItem>): RuleListItem {
  return {
    id: "r",
    name: "Rule",
    position: 0,
    isDefault: false,
    sources: [],
    actions: [],
    offers: [],
    countries: [],
    stages: [],
    mode: "UNASSIGNED",
    userId: null,
    user: null,
    lastPosition: -1,
    turns: 0n,
    targetMinutes: null,
    timeZone: null,
    workDays: [1, 2, 3, 4, 5],
    openMinute: 540,
    closeMinute: 1020,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    members: [],
    ...over,
  } as RuleListItem;
}

describe("a rule in words", () => {
  it("names what it matches, stages in the viewer's language and marketplace values as sent", () => {
    const r = rule({ sources: ["AppSource"], countries: ["US", "DE"], stages: ["TRIAL", "ACTIVE"] });
    expect(describeConditions(r, words("en", en))).toBe("Source AppSource · Country US, DE · Stage Trial, Active");
    expect(describeConditions(r, words("pt-PT", pt))).toBe("Origem AppSource · País US, DE · Fase Avaliação, Ativo");
    expect(describeConditions(rule({}), words("es-ES", es))).toBe("Todos los clientes potenciales");
    expect(describeConditions(rule({ isDefault: true }), words("en", en))).toBe("Every lead no rule above matched");
  });

  it("says who gets the leads, marking people who left", () => {
    const members = [{ user: ann }, { user: bob }] as RuleListItem["members"];
    expect(describeOutcome(rule({ mode: "ROUND_ROBIN", members }), words("en", en))).toBe(
      "Round-robin: Ann, bob@example.com (deactivated)",
    );
    expect(describeOutcome(rule({ mode: "ONE_USER", user: ann }), words("pt-PT", pt))).toBe("Para Ann");
    expect(describeOutcome(rule({ mode: "ROUND_ROBIN" }), words("es-ES", es))).toBe(
      "Rotación sin nadie (los clientes potenciales quedan sin asignar)",
    );
    expect(describeOutcome(rule({ mode: "UNASSIGNED" }), words("pt-PT", pt))).toBe("Sem responsável");
  });

  it("gives the response target with numbers and weekday names in the viewer's language", () => {
    expect(describeTarget(rule({ targetMinutes: 120 }), words("en", en))).toBe("2 h, around the clock");
    expect(describeTarget(rule({ targetMinutes: 30 }), words("en", en))).toBe("30 min, around the clock");
    const hours = rule({ targetMinutes: 90, timeZone: "Europe/Lisbon", workDays: [1, 5] });
    expect(describeTarget(hours, words("en", en))).toBe("1.5 h in business hours (Mon Fri 09:00–17:00 Europe/Lisbon)");
    expect(describeTarget(hours, words("pt-PT", pt))).toMatch(
      /^1,5 h em horário de expediente \(seg\S* sex\S* 09:00–17:00 Europe\/Lisbon\)$/,
    );
    expect(describeTarget(rule({}), words("es-ES", es))).toBe("Sin objetivo");
  });
});
