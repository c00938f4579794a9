// A worker thread making seed batches (seed-batch.ts) for seedLeads. Workers start as plain Node
// whoever spawns them (tsx or vitest), so this one loads the TypeScript through tsx's API.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { seedBatch } = await tsImport("./seed-batch.ts", import.meta.url);
parentPort.on("message", (job) => parentPort.postMessage(seedBatch(job)));
