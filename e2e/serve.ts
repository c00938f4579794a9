// Serves the production build for the end-to-end suite on a fresh embedded
// database in a temporary folder, seeded with one admin and one sales user.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "../scripts/lib/ensure-build";
import { prepareDatabase } from "../scripts/lib/prepare-database";
import { serve } from "../scripts/lib/serve";
import { connect, disconnect } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { admin, e2ePort, sales } from "./support/accounts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "leaddesk-e2e-"));
delete process.env.DATABASE_URL;
process.env.DATA_DIR = dir;
process.env.ADMIN_EMAIL = admin.email;
process.env.ADMIN_PASSWORD = admin.password;
process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));

ensureBuild();
await prepareDatabase();
await connect();
await createUser({ email: sales.email, password: sales.password, role: "SALES", name: "Sam Sales" });
await disconnect();
// The destination tests send to receivers they start on 127.0.0.1, and watch
// the in-app worker deliver within moments.
serve("start", e2ePort, {
  ...process.env,
  APP_URL: `http://localhost:${e2ePort}`,
  OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
  DELIVERY_POLL_MS: "300",
});
