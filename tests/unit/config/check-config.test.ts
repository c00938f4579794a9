import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkConfig } from "@/lib/config/check-config";
import { checkDatabaseConnection } from "@/lib/config/database-connection";

const pg = "postgres://leads:pw@127.0.0.1:3299/leads";
const secrets = { AUTH_SECRET: randomBytes(32).toString("base64"), ENCRYPTION_KEY: randomBytes(32).toString("hex") };

describe("checkConfig", () => {
  it("accepts the embedded quick start with nothing set", () => {
    expect(checkConfig({})).toEqual([]);
  });

  it("accepts a complete PostgreSQL production configuration", () => {
    expect(
      checkConfig({
        NODE_ENV: "production",
        DATABASE_URL: pg,
        APP_URL: "https://leads.example.com",
        PORT: "8080",
        ...secrets,
      }),
    ).toEqual([]);
  });

  it("on PostgreSQL requires AUTH_SECRET and ENCRYPTION_KEY, one line each with how to fix it", () => {
    const problems = checkConfig({ NODE_ENV: "production", DATABASE_URL: pg });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^AUTH_SECRET is not set: .*openssl rand -base64 32/);
    expect(problems[1]).toMatch(/^ENCRYPTION_KEY is not set: .*openssl rand -base64 32/);
    // Tests and development may seal with a generated key file.
    expect(checkConfig({ NODE_ENV: "test", DATABASE_URL: pg, AUTH_SECRET: secrets.AUTH_SECRET })).toEqual([]);
  });

  it("names every malformed variable", () => {
    const problems = checkConfig({
      DATABASE_URL: "mysql://db/leads",
      AUTH_SECRET: "short",
      ENCRYPTION_KEY: "not-a-key",
      APP_URL: "leads.example.com",
      PORT: "70000",
      TRUST_PROXY: "true",
      DELIVERY_WORKER: "maybe",
      DELIVERY_POLL_MS: "soon",
      DELIVERY_LEASE_MS: "-1",
      AZURE_AD_CLIENT_ID: "id",
      LOG_FORMAT: "xml",
      LOG_LEVEL: "loud",
      METRICS_TOKEN: "short",
      SMTP_URL: "http://mail.example.com",
      MAIL_FROM: "leads@example.com",
    });
    const named = ["DATABASE_URL", "AUTH_SECRET", "ENCRYPTION_KEY", "APP_URL", "PORT", "TRUST_PROXY"]
      .concat(["DELIVERY_WORKER", "DELIVERY_POLL_MS", "DELIVERY_LEASE_MS", "AZURE_AD_CLIENT_SECRET"])
      .concat(["LOG_FORMAT", "LOG_LEVEL", "METRICS_TOKEN", "SMTP_URL"]);
    expect(problems).toHaveLength(named.length);
    named.forEach((name, i) => expect(problems[i]).toContain(name));
    for (const line of problems) expect(line).not.toContain("\n");
  });

  it("refuses an APP_URL that is not a plain http(s) base", () => {
    for (const url of ["ftp://leads.example.com", "https://u:p@leads.example.com", "https://leads.example.com/?x=1"]) {
      expect(checkConfig({ APP_URL: url }), url).toHaveLength(1);
    }
    expect(checkConfig({ APP_URL: "http://localhost:3000/" })).toEqual([]);
  });
});

describe("checkDatabaseConnection", () => {
  it("says the server cannot be reached, without the password", async () => {
    const [line, ...rest] = await checkDatabaseConnection({
      DATABASE_URL: "postgres://leads:s3cret-pw@127.0.0.1:3299/leads",
    });
    expect(rest).toEqual([]);
    expect(line).toBe(
      "DATABASE_URL: cannot reach PostgreSQL at 127.0.0.1:3299/leads (ECONNREFUSED): start PostgreSQL or correct the host and port.",
    );
    expect(line).not.toContain("s3cret-pw");
  });

  it("has nothing to connect to on the embedded database", async () => {
    expect(await checkDatabaseConnection({})).toEqual([]);
  });
});
