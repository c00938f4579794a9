// Seed batches made by worker threads, yielded in lead order. Each worker keeps a short queue,
// so generating never waits for the database and memory holds only a few batches.
import { Worker } from "node:worker_threads";
import type { SeedBatch, SeedJob } from "@/lib/demo/seed-batch";

const QUEUED_PER_WORKER = 2;

export async function* seedBatchesInWorkers(jobs: SeedJob[], workers: number): AsyncGenerator<SeedBatch> {
  const pool = Array.from({ length: Math.max(1, workers) }, () => {
    const worker = new Worker(new URL("./seed-worker.mjs", import.meta.url));
    const waiting: { resolve: (b: SeedBatch) => void; reject: (e: Error) => void }[] = [];
    worker.on("message", (batch: SeedBatch) => waiting.shift()?.resolve(batch));
    const fail = (error: Error) => waiting.splice(0).forEach((w) => w.reject(error));
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`A seed worker stopped (exit code ${code}).`)));
    const make = (job: SeedJob) =>
      new Promise<SeedBatch>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(job);
      });
    return { worker, make };
  });
  const queued: Promise<SeedBatch>[] = [];
  let next = 0;
  const fill = () => {
    while (next < jobs.length && queued.length < pool.length * QUEUED_PER_WORKER) {
      const made = pool[next % pool.length]!.make(jobs[next]!);
      made.catch(() => {}); // awaited in turn below; this only keeps a later failure from going unhandled
      queued.push(made);
      next += 1;
    }
  };
  try {
    fill();
    while (queued.length) {
      const batch = await queued.shift()!;
      fill();
      yield batch;
    }
  } finally {
    await Promise.all(pool.map(({ worker }) => worker.terminate()));
  }
}
