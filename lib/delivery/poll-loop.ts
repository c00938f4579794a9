// The loop both outboxes (deliveries, alerts) drain with: run a round, repeat
// at once while a full batch was taken, else wait a poll interval. stop() wakes
// the wait and lets the round in flight finish; a round cut short by a hard kill
// is not lost — its claims expire and another run picks it up.
import { logger } from "@/lib/log/logger";

export interface PollLoop {
  start(): void;
  /** Resolves when the round in flight has finished. */
  stop(): Promise<void>;
}

/** `round` returns how many rows it took; `what` names the loop in the log when a round throws. */
export function pollLoop(
  round: () => Promise<number>,
  options: { batchSize: number; pollMs: number },
  what: string,
): PollLoop {
  let running = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function run() {
    while (running) {
      let taken = 0;
      try {
        taken = await round();
      } catch (error) {
        logger.error({ err: error }, `${what} could not claim (will try again)`);
      }
      if (running && taken < options.batchSize) await pause(options.pollMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
    },
  };
}
