// Users and assignment rules for the assignment tests, through the app's own services.
import { randomUUID } from "node:crypto";
import { saveRule } from "@/lib/assignment/save-rule";
import type { RuleInput } from "@/lib/assignment/rule-input";
import { getDb } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { outcome } from "./outcome";

export async function salesUser(label: string) {
  const { user } = await createUser({
    email: `${label}-${randomUUID().slice(0, 6)}@assign.test`,
    name: label,
    role: "SALES",
    password: "correct horse battery",
  });
  return user;
}

const blank: RuleInput = {
  name: "",
  sources: [],
  actions: [],
  offers: [],
  countries: [],
  stages: [],
  mode: "UNASSIGNED",
  userId: null,
  memberIds: [],
  targetMinutes: null,
  businessHours: null,
};

export async function rule(spec: Partial<RuleInput> & { name: string }): Promise<string> {
  const saved = await outcome(saveRule({ ...blank, ...spec }));
  if (!saved.ok) throw new Error(saved.message);
  return saved.id;
}

/** Deletes every rule but the default, and sets the default back to "unassigned". */
export async function resetRules() {
  const db = await getDb();
  await db.assignmentRule.deleteMany({ where: { isDefault: false } });
  await db.assignmentRule.updateMany({ where: { isDefault: true }, data: { mode: "UNASSIGNED", userId: null } });
  await db.assignmentRuleMember.deleteMany({});
}

let n = 0;
/** A marketplace body of a new customer (or the given e-mail's), with the source, action, offer and country chosen. */
export function leadBody(
  spec: { email?: string; source?: string; action?: string; offer?: string; country?: string; note?: string } = {},
) {
  n += 1;
  const action = spec.action ?? "INS";
  return {
    UserDetails: {
      FirstName: "Rita",
      LastName: `Rule${n}`,
      Email: spec.email ?? `rule${n}.${randomUUID().slice(0, 8)}@contoso.com`,
      Country: spec.country ?? "US",
      Company: "Contoso",
    },
    LeadSource: `${spec.source ?? "AzureMarketplace"}-${action}|${spec.offer ?? "contoso.assign-offer"}`,
    ActionCode: action,
    Description: spec.note ?? "",
  };
}
