// Which parts of lib/ may import which: the outbox (lib/delivery) sends
// through the destination adapters, never the other way round, and lib/
// never reaches into the pages. Scans the source, so a new import that breaks
// a rule fails here before it becomes a cycle.
import { describe, expect, it } from "vitest";
import { projectImports, sourceFiles } from "@/tests/support/source-files";

/** The top folder under lib/ (or the root folder) a path belongs to: "lib/delivery", "app". */
function area(modulePath: string): string {
  const parts = modulePath.split("/");
  return parts[0] === "lib" && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const libFiles = sourceFiles("lib");

function areaImports(from: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of libFiles.filter((f) => area(f) === from)) {
    for (const { target } of projectImports(file)) {
      const to = area(target);
      if (to !== from) found.set(to, [...(found.get(to) ?? []), `${file} → ${target}`]);
    }
  }
  return found;
}

const forbidden: Record<string, string[]> = {
  // The adapters and destination settings know nothing of the queue that uses them.
  "lib/destinations": ["lib/delivery", "lib/actions"],
  // Services do not call the server-action layer that wraps them.
  "lib/delivery": ["lib/actions"],
  "lib/leads": ["lib/actions"],
};

describe("import direction", () => {
  it("finds the imports it checks (the scan itself works)", () => {
    expect(areaImports("lib/delivery").get("lib/destinations")?.length).toBeGreaterThan(0);
    expect(projectImports("lib/delivery/process-delivery.ts").map((i) => i.target)).toContain("lib/destinations/send");
  });

  for (const [from, targets] of Object.entries(forbidden)) {
    it(`${from} imports none of ${targets.join(", ")}`, () => {
      const found = areaImports(from);
      expect(targets.flatMap((t) => found.get(t) ?? [])).toEqual([]);
    });
  }

  it("lib/ never imports from app/ or components/", () => {
    const areas = [...new Set(libFiles.map(area))];
    const offending = areas.flatMap((a) => {
      const found = areaImports(a);
      return [...(found.get("app") ?? []), ...(found.get("components") ?? [])];
    });
    expect(offending).toEqual([]);
  });

  it("no two folders of lib/ import each other beyond the known pairs", () => {
    // auth ↔ users: sign-in verifies users, user services hash passwords and end sessions.
    // destinations ↔ leads: adapters read the lead contract, the lead page shows CRM record links.
    const known = ["lib/auth ↔ lib/users", "lib/destinations ↔ lib/leads"];
    const areas = [...new Set(libFiles.map(area))].filter((a) => a.startsWith("lib/")).sort();
    const edges = new Map(areas.map((a) => [a, new Set(areaImports(a).keys())]));
    const mutual = areas.flatMap((a) =>
      areas.filter((b) => a < b && edges.get(a)!.has(b) && edges.get(b)!.has(a)).map((b) => `${a} ↔ ${b}`),
    );
    expect(mutual).toEqual(known);
  });
});
