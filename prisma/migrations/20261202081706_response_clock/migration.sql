-- AlterTable
ALTER TABLE "assignment_rules" ADD COLUMN     "closeMinute" INTEGER NOT NULL DEFAULT 1020,
ADD COLUMN     "openMinute" INTEGER NOT NULL DEFAULT 540,
ADD COLUMN     "targetMinutes" INTEGER,
ADD COLUMN     "timeZone" TEXT,
ADD COLUMN     "workDays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[];

-- AlterTable
ALTER TABLE "leads" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "dueSoonAt" TIMESTAMP(3),
ADD COLUMN     "firstResponseAt" TIMESTAMP(3),
ADD COLUMN     "responseMet" BOOLEAN;

-- CreateIndex
CREATE INDEX "leads_dueAt_id_idx" ON "leads"("dueAt", "id");

-- The response clock. A rule's first-response target runs either around the
-- clock or in business hours: working days (ISO 1 = Monday … 7 = Sunday), a
-- daily window in minutes from local midnight, and an IANA time zone. Each
-- day's window is turned into UTC on its own, so a daylight-saving change
-- between two days (or a day that starts at 01:00, as Sao Paulo's did) moves
-- the window with the wall clock. Instants are UTC timestamp(3), as Prisma stores them.
CREATE FUNCTION leaddesk_due_at(start_at timestamp(3), target_minutes double precision, tz text, days int[],
  open_minute int, close_minute int)
RETURNS timestamp(3) LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  remaining interval := make_interval(secs => target_minutes * 60);
  local_day date;
  day_open timestamp;
  day_close timestamp;
  from_at timestamp;
BEGIN
  IF target_minutes IS NULL THEN RETURN NULL; END IF;
  IF tz IS NULL OR cardinality(days) = 0 OR open_minute >= close_minute THEN RETURN start_at + remaining; END IF;
  local_day := ((start_at AT TIME ZONE 'UTC') AT TIME ZONE tz)::date;
  -- A year of days is far more than any target in business hours needs.
  FOR i IN 0..370 LOOP
    IF extract(isodow FROM local_day + i)::int = ANY (days) THEN
      day_open := (((local_day + i) + make_interval(mins => open_minute)) AT TIME ZONE tz) AT TIME ZONE 'UTC';
      day_close := (((local_day + i) + make_interval(mins => close_minute)) AT TIME ZONE tz) AT TIME ZONE 'UTC';
      from_at := greatest(day_open, start_at);
      IF from_at < day_close THEN
        IF from_at + remaining <= day_close THEN RETURN from_at + remaining; END IF;
        remaining := remaining - (day_close - from_at);
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$fn$;

-- A new lead's clock starts as it is stored (leaddesk_store_leads sets its
-- rule): due at the target, due soon at 80% of it, both in the rule's hours.
CREATE FUNCTION leaddesk_start_clock() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  r assignment_rules%ROWTYPE;
BEGIN
  SELECT * INTO r FROM assignment_rules WHERE id = NEW."assignmentRuleId";
  IF r."targetMinutes" IS NOT NULL THEN
    NEW."dueAt" := leaddesk_due_at(NEW."receivedAt", r."targetMinutes", r."timeZone", r."workDays", r."openMinute", r."closeMinute");
    NEW."dueSoonAt" := leaddesk_due_at(NEW."receivedAt", r."targetMinutes" * 0.8, r."timeZone", r."workDays", r."openMinute", r."closeMinute");
  END IF;
  RETURN NEW;
END
$fn$;

-- The WHEN clause keeps leads without a rule (bulk loads, tests, imports) from calling the function at all.
CREATE TRIGGER leads_start_clock BEFORE INSERT ON leads FOR EACH ROW
WHEN (NEW."assignmentRuleId" IS NOT NULL)
EXECUTE FUNCTION leaddesk_start_clock();

-- The clock stops at a person's first triage action: a status moved from New,
-- or a note (activities with an actor; ingestion's own "assigned by rule" has
-- none). Single, bulk and future triage paths all write an activity, so this
-- one rule, in their transaction, covers them all.
CREATE FUNCTION leaddesk_stop_clock() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE leads SET "firstResponseAt" = NEW."createdAt",
    "responseMet" = CASE WHEN "dueAt" IS NULL THEN NULL ELSE NEW."createdAt" <= "dueAt" END
  WHERE id = NEW."leadId" AND "firstResponseAt" IS NULL;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER lead_activities_stop_clock AFTER INSERT ON lead_activities FOR EACH ROW
WHEN (NEW."actorId" IS NOT NULL AND (NEW.kind = 'NOTE' OR (NEW.kind = 'STATUS' AND NEW."fromValue" = 'NEW')))
EXECUTE FUNCTION leaddesk_stop_clock();
