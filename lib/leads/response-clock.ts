// The response clock as people read it. The instants come from the database
// (dueAt / dueSoonAt when the lead was stored, firstResponseAt at the first
// triage action); this only names the state and the time left or over.
export const slaStates = ["overdue", "due-soon", "met", "missed"] as const;
export type SlaState = (typeof slaStates)[number];

export interface ClockFields {
  dueAt: Date | null;
  dueSoonAt: Date | null;
  firstResponseAt: Date | null;
  responseMet: boolean | null;
}

export type Clock =
  | { state: "none" }
  | { state: "running" | "due-soon" | "overdue"; dueAt: Date; leftMs: number }
  | { state: "met" | "missed"; dueAt: Date; respondedAt: Date; marginMs: number };

export function readClock(lead: ClockFields, now = new Date()): Clock {
  if (!lead.dueAt) return { state: "none" };
  if (lead.firstResponseAt) {
    return {
      state: lead.responseMet ? "met" : "missed",
      dueAt: lead.dueAt,
      respondedAt: lead.firstResponseAt,
      marginMs: lead.dueAt.getTime() - lead.firstResponseAt.getTime(),
    };
  }
  const leftMs = lead.dueAt.getTime() - now.getTime();
  const state = leftMs < 0 ? "overdue" : lead.dueSoonAt && lead.dueSoonAt <= now ? "due-soon" : "running";
  return { state, dueAt: lead.dueAt, leftMs };
}

/** "2 d 3 h", "3 h 20 min", "45 min": the two largest units, rounded down. */
export function formatSpan(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  if (d) return h ? `${d} d ${h} h` : `${d} d`;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}
