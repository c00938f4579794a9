import { connect } from "./client";
import { applyMigrations } from "./migrations";

/** Brings this process' database up to date; returns the migrations applied. */
export async function migrate(): Promise<string[]> {
  const { adapter } = await connect();
  return applyMigrations(adapter.factory);
}
