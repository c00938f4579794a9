// What every start does before serving: migrate, then make sure someone can sign in.
// `npm start` runs it before the server (then lets go of the database for it);
// the container's server runs it itself (prepare-at-start.ts).
import { connect, describeDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";

export async function prepareDatabase(): Promise<void> {
  const { config } = await connect();
  const applied = await migrate();
  console.log(`Database: ${describeDatabase(config)}${applied.length ? ` (applied ${applied.join(", ")})` : ""}`);
  const admin = await ensureFirstAdmin();
  if (admin.created) {
    console.log(`First admin created: ${admin.email}`);
    if (admin.generatedPassword) {
      console.log(`One-time password (shown once, change it after signing in): ${admin.generatedPassword}`);
    } else {
      console.log("Password: the ADMIN_PASSWORD you set.");
    }
  }
}
