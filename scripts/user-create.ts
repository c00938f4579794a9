// npm run user:create -- --email someone@example.com --role ADMIN|SALES [--name "…"] [--password …]
// Without --password the password is prompted for (or read from standard input).
import { connect, describeDatabase, disconnect } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { english } from "@/lib/i18n/translator";
import { issueMessage } from "@/lib/i18n/validation";
import { createUser } from "@/lib/users/create-user";
import { newUserSchema } from "@/lib/users/schemas";
import { parseArgs, UsageError } from "./lib/args";
import { promptSecret } from "./lib/prompt-secret";
import { runScript } from "./run-script";

await runScript(async () => {
  const args = parseArgs(process.argv.slice(2));
  const usage =
    "Usage: npm run user:create -- --email <e-mail> --role ADMIN|SALES [--name <name>] [--password <password>]";
  if (typeof args.email !== "string" || typeof args.role !== "string") throw new UsageError(usage);
  const password = typeof args.password === "string" ? args.password : await promptSecret("Password: ");
  const parsed = newUserSchema.safeParse({
    email: args.email,
    role: args.role.toUpperCase(),
    name: args.name ?? "",
    password,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => issueMessage(i, english)).join("\n"));
  const { config } = await connect();
  await migrate();
  const { user } = await createUser(parsed.data);
  console.log(
    `Created ${user.role === "ADMIN" ? "admin" : "sales user"} ${user.email} in ${describeDatabase(config)}.`,
  );
  await disconnect();
});
