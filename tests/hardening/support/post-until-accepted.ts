// Posts every body to the webhook, `concurrency` at a time, and keeps
// re-posting a body until it gets a 2xx — as the marketplace retries a post
// that failed — through server crashes and restarts. Counts what happened.
export interface PostTally {
  /** HTTP attempts, answered or not. */
  posts: number;
  /** Bodies that got a 2xx (each counted once). */
  accepted: number;
  /** Attempts that got no answer (connection refused or cut, time-out). */
  unanswered: number;
  /** Answers by status, 2xx included. */
  statuses: Record<number, number>;
  /** Indexes of bodies that had at least one attempt without a 2xx. */
  retriedBodies: Set<number>;
  /** Answers no retry can fix (4xx other than 408/429): "<index>: <status> <text>". */
  rejected: string[];
}

const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

export function postUntilAccepted(
  url: string,
  bodies: string[],
  concurrency: number,
): { tally: PostTally; done: Promise<void> } {
  const tally: PostTally = {
    posts: 0,
    accepted: 0,
    unanswered: 0,
    statuses: {},
    retriedBodies: new Set(),
    rejected: [],
  };
  let next = 0;
  async function worker() {
    while (next < bodies.length) {
      const index = next++;
      for (;;) {
        tally.posts++;
        try {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: bodies[index],
            signal: AbortSignal.timeout(20_000),
          });
          const text = await res.text();
          tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
          if (res.ok) {
            tally.accepted++;
            break;
          }
          if (!retryable(res.status)) {
            tally.rejected.push(`${index}: ${res.status} ${text.slice(0, 200)}`);
            break;
          }
        } catch {
          tally.unanswered++;
        }
        tally.retriedBodies.add(index);
        // The server is down or restarting: a short pause, then the same body again.
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  const done = Promise.all(Array.from({ length: concurrency }, worker)).then(() => undefined);
  return { tally, done };
}
