// npm run db:seed — fills the configured database with demo data: a sales
// user and an admin to sign in as (password printed), for trying Lead desk out.
import { connect, describeDatabase, disconnect, getDb } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createUser } from "@/lib/users/create-user";
import { runScript } from "./run-script";

const demoPassword = "leaddesk-demo";

await runScript(async () => {
  const { config } = await connect();
  await migrate();
  const db = await getDb();
  for (const [email, name, role] of [
    ["sales@demo.leaddesk.local", "Sasha Sales", "SALES"],
    ["admin@demo.leaddesk.local", "Ada Admin", "ADMIN"],
  ] as const) {
    if (await db.user.findUnique({ where: { email } })) continue;
    await createUser({ email, name, role, password: demoPassword });
    console.log(`Demo ${role === "ADMIN" ? "admin" : "sales user"}: ${email} / ${demoPassword}`);
  }
  console.log(`Seeded ${describeDatabase(config)}.`);
  await disconnect();
});
