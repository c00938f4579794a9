import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readAssignmentNote } from "@/lib/leads/assignment-note";

describe("readAssignmentNote", () => {
  it("reads the notes ingestion writes into kinds and values", () => {
    expect(readAssignmentNote("assigned by rule AppSource Germany")).toEqual({ by: "rule", rule: "AppSource Germany" });
    expect(readAssignmentNote("assigned to the owner of the first lead (a repeat visit)")).toEqual({
      by: "repeatVisit",
    });
  });

  it("passes any other note on as text, and no note as null", () => {
    expect(readAssignmentNote("moved by hand")).toEqual({ by: "text", text: "moved by hand" });
    expect(readAssignmentNote("assigned by rule ")).toEqual({ by: "text", text: "assigned by rule " });
    expect(readAssignmentNote(null)).toBeNull();
    expect(readAssignmentNote("")).toBeNull();
  });

  it("matches what the database function writes", () => {
    const sql = fs.readFileSync("prisma/sql/store_leads.sql", "utf8");
    expect(sql).toContain("v_note := 'assigned by rule ' || v_rule_name;");
    expect(sql).toContain("v_note := 'assigned to the owner of the first lead (a repeat visit)';");
  });
});
