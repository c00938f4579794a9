import { describe, expect, it } from "vitest";
import { addEntry, emptyRecord, toExtraValue } from "@/lib/ingest/extra-value";

describe("toExtraValue", () => {
  it("keeps JSON values as they are", () => {
    const value = { a: "x", b: 1, c: true, d: null, e: [1, "two", { f: false }] };
    expect(toExtraValue(value)).toEqual(value);
  });

  it("copies objects onto null-prototype records, keeping __proto__ as an ordinary key", () => {
    const copy = toExtraValue(JSON.parse('{"__proto__": {"polluted": true}, "a": {"constructor": "x"}}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.keys(copy)).toEqual(["__proto__", "a"]);
    expect(copy["__proto__"]).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("removes NUL bytes from strings and keys (jsonb rejects them)", () => {
    expect(toExtraValue({ "k\0ey": "va\0lue" })).toEqual({ key: "value" });
  });

  it("caps long strings", () => {
    expect((toExtraValue("x".repeat(50_000)) as string).length).toBe(10_000);
  });

  it("cuts off deep nesting instead of recursing without bound", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 5_000; i++) deep = { d: deep };
    let copy = toExtraValue(deep);
    let levels = 0;
    while (typeof copy === "object" && copy !== null) {
      copy = (copy as Record<string, unknown>)["d"];
      levels++;
    }
    expect(levels).toBe(10);
    expect(copy).toMatch(/nested deeper than 10 levels/);
  });

  it("caps the number of array items and object keys", () => {
    const items = toExtraValue(Array.from({ length: 1_000 }, (_, i) => i)) as unknown[];
    expect(items).toHaveLength(201);
    expect(items.at(-1)).toBe("[800 more items dropped]");

    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const copy = toExtraValue(wide) as Record<string, unknown>;
    expect(copy["k199"]).toBe(199);
    expect(copy["k200"]).toBeUndefined();
    expect(copy["…dropped entries"]).toBe(300);
  });

  it("drops what JSON cannot hold and converts the rest", () => {
    expect(toExtraValue(() => 1)).toBeUndefined();
    expect(toExtraValue({ f: () => 1, s: Symbol("s"), u: undefined, n: 5 })).toEqual({ n: 5 });
    expect(toExtraValue([undefined, 1])).toEqual([null, 1]);
    expect(toExtraValue(10n)).toBe("10");
    expect(toExtraValue(Number.NaN)).toBeNull();
    expect(toExtraValue(new Date(Date.UTC(2020, 0, 1)))).toBe("2020-01-01T00:00:00.000Z");
  });

  it("survives cyclic objects", () => {
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic["self"] = cyclic;
    expect(() => JSON.stringify(toExtraValue(cyclic))).not.toThrow();
  });

  it("never runs getters of the received object", () => {
    let called = false;
    const body = {
      get trap() {
        called = true;
        return "x";
      },
      plain: "y",
    };
    expect(toExtraValue(body)).toEqual({ plain: "y" });
    expect(called).toBe(false);
  });
});

describe("addEntry", () => {
  it("collects repeated keys in an array instead of overwriting", () => {
    const record = emptyRecord();
    addEntry(record, "utm", "a");
    addEntry(record, "utm", "b");
    addEntry(record, "utm", "c");
    expect(record["utm"]).toEqual(["a", "b", "c"]);
  });

  it("does not confuse a received array with a collection of repeats", () => {
    const record = emptyRecord();
    addEntry(record, "tags", ["x", "y"]);
    addEntry(record, "tags", "z");
    expect(record["tags"]).toEqual([["x", "y"], "z"]);
  });

  it("writes __proto__ as an own key of the null-prototype record", () => {
    const record = emptyRecord();
    addEntry(record, "__proto__", { polluted: true });
    expect(Object.keys(record)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
