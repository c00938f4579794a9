import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "@/scripts/bench/options";
import { coldFilterViews } from "@/scripts/bench/cold-filters";

// No DATABASE_URL: the defaults of a machine without PostgreSQL.
const env = { NODE_ENV: "test" } as const;

describe("npm run bench options", () => {
  it("takes the cold filters' seed, and other seeds give other combinations", () => {
    expect(parseBenchOptions([], env).coldSeed).toBe(20261202);
    const options = parseBenchOptions(["--cold-seed", "7", "--cold", "20"], env);
    expect(options.coldSeed).toBe(7);
    const views = coldFilterViews(options.cold, options.coldSeed);
    expect(views).toHaveLength(20);
    expect(coldFilterViews(20, 7)).toEqual(views);
    expect(coldFilterViews(20, 8)).not.toEqual(views);
  });

  it("refuses a seed that is not a positive whole number", () => {
    expect(() => parseBenchOptions(["--cold-seed", "x"], env)).toThrow("--cold-seed takes a positive whole number.");
  });
});
