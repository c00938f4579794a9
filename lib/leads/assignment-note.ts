// How ingestion chose a lead's owner, read back from the note it writes on the
// OWNER activity (prisma/sql/store_leads.sql, in English, kept as stored) so the
// activity log can say it in the viewer's language.
const BY_RULE = "assigned by rule ";
const REPEAT_VISIT = "assigned to the owner of the first lead (a repeat visit)";

export type AssignmentHow = { by: "rule"; rule: string } | { by: "repeatVisit" } | { by: "text"; text: string };

/** Null for no note; an unrecognised note is passed on as its text. */
export function readAssignmentNote(note: string | null): AssignmentHow | null {
  if (!note) return null;
  if (note === REPEAT_VISIT) return { by: "repeatVisit" };
  if (note.startsWith(BY_RULE) && note.length > BY_RULE.length) return { by: "rule", rule: note.slice(BY_RULE.length) };
  return { by: "text", text: note };
}
