import { describe, expect, it } from "vitest";
import { parseLeadListParams } from "@/lib/leads/list-params";
import { leadListQuery, sortDirection } from "@/lib/leads/list-url";

const parse = (query: string) => parseLeadListParams(new URLSearchParams(query));

describe("lead list URL", () => {
  it("has defaults that leave the URL empty", () => {
    const p = parse("");
    expect(p).toMatchObject({
      source: [],
      stage: [],
      status: [],
      test: false,
      collapse: false,
      sort: "received",
      page: 1,
      size: 50,
      cols: [],
    });
    expect(sortDirection(p)).toBe("desc");
    expect(leadListQuery(p)).toBe("");
  });

  it("round-trips every filter, the sort, the page and the columns", () => {
    const query =
      "source=AppSource%2CAzurePortal&action=PLT&stage=ACTIVE%2CTRIAL&offer=a.b&status=NEW&owner=unassigned&from=2026-01-01&to=2026-01-31&range=7d&q=Jos%C3%A9&test=1&collapse=1&dnc=1&delivery=failing&sort=name&dir=desc&page=3&size=100&cols=email%2Cstage";
    const p = parse(query);
    expect(p).toMatchObject({
      source: ["AppSource", "AzurePortal"],
      stage: ["ACTIVE", "TRIAL"],
      owner: "unassigned",
      q: "José",
      test: true,
      sort: "name",
      dir: "desc",
      page: 3,
      size: 100,
      cols: ["email", "stage"],
    });
    expect(parse(leadListQuery(p))).toEqual(p);
  });

  it("drops what it does not understand instead of failing", () => {
    const p = parse(
      "stage=ACTIVE,BOGUS&owner=bob&from=2026-02-31x&size=33&page=9999&cols=Email,<script>&q=%20%20&test=yes",
    );
    expect(p).toMatchObject({
      stage: ["ACTIVE"],
      owner: undefined,
      from: undefined,
      size: 50,
      page: 1,
      cols: [],
      q: undefined,
      test: false,
    });
  });

  it("sorts text A→Z unless told otherwise", () => {
    expect(sortDirection(parse("sort=company"))).toBe("asc");
    expect(sortDirection(parse("sort=received&dir=asc"))).toBe("asc");
  });
});
