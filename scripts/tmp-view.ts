import { randomBytes } from "node:crypto";
import { startAppServer } from "@/tests/support/app-server";
import { signIn } from "@/tests/support/sign-in";
const db = "postgres://leaddesk_ci:leaddesk_ci@127.0.0.1:5432/leaddesk_bench_1m";
const secrets = { AUTH_SECRET: randomBytes(32).toString("hex"), ENCRYPTION_KEY: randomBytes(32).toString("base64") };
const appDir = process.env.APP_DIR ?? "/tmp/leaddesk-bench-tree";
const app = await startAppServer(3210, { DATABASE_URL: db, ...secrets }, { appDir });
const cookie = await signIn(app.url, "bench-admin@leaddesk.local", "bench-password-1234");
for (const p of process.argv.slice(2)) {
  for (let i = 0; i < Number(process.env.REPS ?? 1); i++) {
    const t = performance.now();
    const r = await fetch(app.url + p, { headers: { cookie } });
    const n = (await r.text()).length;
    console.log(r.status, n, (performance.now() - t).toFixed(0), "ms", p);
  }
}
await app.stop();
process.exit(0);
