// The assignment rule form as the server reads it. Sources, actions, stages and
// rotation members are checkboxes named source.<value>, action.<value>,
// stage.<STAGE> and member.<userId>; offers and countries are typed as
// comma-separated text (values the marketplace sends vary too much to list).
import { z } from "zod";
import { funnelStages, type FunnelStage } from "@/lib/leads/lead";
import { fieldIssue, type FieldIssue } from "@/lib/errors";
import { AssignmentMode } from "@/lib/generated/prisma/enums";
import { errorKey } from "@/lib/i18n/validation";

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const list = z
  .string()
  .max(2000, errorKey("ruleListLength"))
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? "")
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ]);

const ruleFields = z.object({
  id: z.union([z.uuid(), z.literal("")]).optional(),
  name: z.string().trim().min(1, errorKey("ruleName")).max(80),
  offers: list,
  countries: list,
  mode: z.enum(AssignmentMode, errorKey("ruleMode")),
  userId: z.union([z.uuid(errorKey("ruleUser")), z.literal("")]).optional(),
  /** Hours, decimals allowed (0.5 = 30 min); blank = no clock. */
  targetHours: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number(errorKey("ruleTarget"))
      .positive(errorKey("ruleTargetPositive"))
      .max(24 * 90, errorKey("ruleTargetMax"))
      .optional(),
  ),
  timeZone: z
    .string()
    .trim()
    .max(64)
    .optional()
    .refine((tz) => !tz || isTimeZone(tz), errorKey("ruleTimeZone")),
  opens: z.union([z.literal(""), z.string().regex(clockTime, errorKey("ruleOpens"))]).optional(),
  closes: z.union([z.literal(""), z.string().regex(clockTime, errorKey("ruleClosesFormat"))]).optional(),
});

export interface RuleInput {
  name: string;
  sources: string[];
  actions: string[];
  offers: string[];
  countries: string[];
  stages: FunnelStage[];
  mode: AssignmentMode;
  userId: string | null;
  memberIds: string[];
  /** First-response target; null: no clock. */
  targetMinutes: number | null;
  /** Null: the clock runs around the clock. */
  businessHours: { timeZone: string; workDays: number[]; openMinute: number; closeMinute: number } | null;
}

export type ReadRule = { ok: true; id: string | undefined; input: RuleInput } | { ok: false; issues: FieldIssue[] };

const checked = (form: Record<string, unknown>, prefix: string) =>
  Object.keys(form)
    .filter((k) => k.startsWith(`${prefix}.`))
    .map((k) => k.slice(prefix.length + 1))
    .filter((v) => v.length <= 200);

/** Validates the form; the users it names are checked against the database by saveRule. */
export function readRuleForm(form: Record<string, unknown>): ReadRule {
  const parsed = ruleFields.safeParse(form);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const { id, userId, targetHours, timeZone, opens, closes, ...rest } = parsed.data;
  const memberIds = checked(form, "member");
  const input: RuleInput = {
    ...rest,
    sources: checked(form, "source"),
    actions: checked(form, "action"),
    stages: funnelStages.filter((s) => checked(form, "stage").includes(s)),
    userId: rest.mode === "ONE_USER" ? userId || null : null,
    memberIds: rest.mode === "ROUND_ROBIN" ? memberIds : [],
    targetMinutes: typeof targetHours === "number" ? Math.max(1, Math.round(targetHours * 60)) : null,
    businessHours: null,
  };
  if (timeZone) {
    const workDays = checked(form, "day")
      .map(Number)
      .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7)
      .sort();
    const [openMinute, closeMinute] = [minutesOf(opens || "09:00"), minutesOf(closes || "17:00")];
    if (!workDays.length) return { ok: false, issues: [fieldIssue("days", "ruleWorkDays")] };
    if (openMinute >= closeMinute) return { ok: false, issues: [fieldIssue("closes", "ruleCloses")] };
    input.businessHours = { timeZone, workDays, openMinute, closeMinute };
  }
  if (input.mode === "ONE_USER" && !input.userId) return { ok: false, issues: [fieldIssue("userId", "ruleUser")] };
  if (input.mode === "ROUND_ROBIN" && !input.memberIds.length) {
    return { ok: false, issues: [fieldIssue("members", "ruleMembers")] };
  }
  if (input.memberIds.some((m) => !z.uuid().safeParse(m).success))
    return { ok: false, issues: [fieldIssue("members", "ruleMemberUnknown")] };
  return { ok: true, id: id || undefined, input };
}
