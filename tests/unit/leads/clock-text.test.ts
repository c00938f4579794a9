// The response clock and the list's counts read naturally in each language: the
// words come from messages/*.json around numbers lib/leads/clock-words.ts computes.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { clockText, spanText } from "@/components/leads/clock-text";
import { clockWords, spanWords } from "@/lib/leads/clock-words";
import { readClock } from "@/lib/leads/response-clock";
import en from "@/messages/en.json";
import es from "@/messages/es-ES.json";
import pt from "@/messages/pt-PT.json";

const MIN = 60_000;
const now = new Date("2026-12-02T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * MIN);
const leads = (locale: "en" | "pt-PT" | "es-ES", messages: typeof en) =>
  createTranslator({ locale, messages, namespace: "leads" });

describe("spanWords", () => {
  it("keeps the two largest units, rounded down, whatever the sign", () => {
    expect(spanWords(45 * MIN + 59_999)).toEqual({ key: "minutes", values: { days: 0, hours: 0, minutes: 45 } });
    expect(spanWords(-(200 * MIN))).toEqual({ key: "hoursMinutes", values: { days: 0, hours: 3, minutes: 20 } });
    expect(spanWords(120 * MIN).key).toBe("hours");
    expect(spanWords((2 * 1440 + 3 * 60 + 59) * MIN)).toEqual({
      key: "daysHours",
      values: { days: 2, hours: 3, minutes: 59 },
    });
    expect(spanWords(2 * 1440 * MIN).key).toBe("days");
  });
});

describe("clockText", () => {
  const running = readClock({ dueAt: at(200), dueSoonAt: at(100), firstResponseAt: null, responseMet: null }, now);
  const overdue = readClock({ dueAt: at(-45), dueSoonAt: at(-90), firstResponseAt: null, responseMet: null }, now);
  const met = readClock({ dueAt: at(120), dueSoonAt: null, firstResponseAt: at(0), responseMet: true }, now);
  const missed = readClock({ dueAt: at(-1500), dueSoonAt: null, firstResponseAt: at(0), responseMet: false }, now);
  const none = readClock({ dueAt: null, dueSoonAt: null, firstResponseAt: null, responseMet: null }, now);

  it("names the state and the span in English", () => {
    const t = leads("en", en);
    expect([running, overdue, met, missed, none].map((c) => clockText(t, c))).toEqual([
      "Due in 3 h 20 min",
      "Overdue by 45 min",
      "Answered in time (2 h to spare)",
      "Answered 1 d 1 h late",
      "No target",
    ]);
  });

  it("in European Portuguese and peninsular Spanish", () => {
    expect([running, overdue, met, missed, none].map((c) => clockText(leads("pt-PT", pt), c))).toEqual([
      "Prazo em 3 h 20 min",
      "Em atraso há 45 min",
      "Respondido a tempo (2 h de margem)",
      "Respondido com 1 d 1 h de atraso",
      "Sem prazo",
    ]);
    expect([running, overdue, met, missed, none].map((c) => clockText(leads("es-ES", es), c))).toEqual([
      "Vence en 3 h 20 min",
      "Vencido hace 45 min",
      "Respondido a tiempo (2 h de margen)",
      "Respondido con 1 d 1 h de retraso",
      "Sin plazo",
    ]);
    expect(clockWords(none)).toEqual({ key: "none", span: null });
    expect(spanText(leads("es-ES", es), 5 * 1440 * MIN)).toBe("5 d");
  });
});

describe("list counts", () => {
  it("pluralise and group digits in the reader's language", () => {
    expect(leads("en", en)("count", { count: 1 })).toBe("1 lead");
    expect(leads("en", en)("count", { count: 12345 })).toBe("12,345 leads");
    expect(leads("pt-PT", pt)("count", { count: 12345 })).toBe("12\u00a0345 clientes potenciais");
    expect(leads("es-ES", es)("bulk.updated", { count: 1 })).toBe("1 cliente potencial actualizado.");
    expect(leads("es-ES", es)("pages.range", { first: 1, last: 50, total: "12.345" })).toBe("1–50 de 12.345");
  });

  it("mark the confirmed count inside a plural sentence", () => {
    const html = (locale: "en" | "pt-PT", messages: typeof en) =>
      leads(locale, messages).markup("bulk.willChange", {
        count: 1234,
        strong: (chunks) => `<strong>${chunks}</strong>`,
      });
    expect(html("en", en)).toBe("This changes <strong>1,234</strong> leads.");
    expect(html("pt-PT", pt)).toBe("Isto altera <strong>1234</strong> clientes potenciais.");
  });
});
