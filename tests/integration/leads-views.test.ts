import { describe, expect, it } from "vitest";
import { deleteView, isBuiltInViewName, listViews, saveView } from "@/lib/leads/saved-views";
import { seedUser } from "@/tests/support/leads";

describe("saved views", () => {
  it("offers the built-in views to everyone", async () => {
    const me = await seedUser();
    const views = await listViews(me.id);
    expect(views.filter((v) => v.builtIn).map((v) => [v.name, v.href])).toEqual([
      ["New and unassigned", "/leads?status=NEW&owner=unassigned"],
      ["My open leads", "/leads?owner=me&status=NEW%2CCONTACTED%2CQUALIFIED"],
      ["Active stage this week", "/leads?stage=ACTIVE&range=7d"],
      ["Do not contact", "/leads?dnc=1"],
    ]);
    // Each built-in view has a message key, so the list names it in the reader's language.
    expect(views.filter((v) => v.builtIn).map((v) => v.builtInKey)).toEqual([
      "newUnassigned",
      "myOpen",
      "activeThisWeek",
      "doNotContact",
    ]);
    expect(isBuiltInViewName("  new AND unassigned ")).toBe(true);
    expect(isBuiltInViewName("New and assigned")).toBe(false);
  });

  it("keeps filters, sort and columns per user, without the page, and replaces by name", async () => {
    const me = await seedUser();
    const other = await seedUser();
    await saveView(me.id, "  Hot ", "stage=ACTIVE&q=contoso&sort=name&dir=desc&page=7&cols=email,stage&bogus=1");
    let mine = (await listViews(me.id)).filter((v) => !v.builtIn);
    expect(mine).toEqual([
      {
        id: expect.any(String),
        name: "Hot",
        href: "/leads?stage=ACTIVE&q=contoso&sort=name&dir=desc&cols=email%2Cstage",
        builtIn: false,
      },
    ]);
    expect((await listViews(other.id)).filter((v) => !v.builtIn)).toEqual([]);

    await saveView(me.id, "Hot", "source=AppSource");
    mine = (await listViews(me.id)).filter((v) => !v.builtIn);
    expect(mine.map((v) => v.href)).toEqual(["/leads?source=AppSource"]);

    // Nobody deletes another person's view.
    await expect(deleteView(other.id, mine[0]!.id)).rejects.toThrow(/no longer exists/);
    await deleteView(me.id, mine[0]!.id);
    expect((await listViews(me.id)).filter((v) => !v.builtIn)).toEqual([]);
  });

  it("refuses an empty name and the name of a built-in view", async () => {
    const me = await seedUser();
    await expect(saveView(me.id, "  ", "")).rejects.toThrow(/name/);
    await expect(saveView(me.id, "do not contact", "")).rejects.toThrow(/built-in/);
  });
});
