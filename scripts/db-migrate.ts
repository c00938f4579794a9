// npm run db:migrate — applies pending migrations to the configured database.
import { describeDatabase, disconnect, migrate, connect } from "@/lib/db";
import { runScript } from "./run-script";

await runScript(async () => {
  const { config } = await connect();
  const applied = await migrate();
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${describeDatabase(config)}: ${applied.join(", ")}`
      : `${describeDatabase(config)} is up to date.`,
  );
  await disconnect();
});
