// npm run db:migrate — applies pending migrations, then changed prisma/sql functions, to the configured database.
import { connect, describeDatabase, disconnect } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { runScript } from "./run-script";

await runScript(async () => {
  const { config } = await connect();
  const applied = await migrate();
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) and SQL file(s) to ${describeDatabase(config)}: ${applied.join(", ")}`
      : `${describeDatabase(config)} is up to date.`,
  );
  await disconnect();
});
