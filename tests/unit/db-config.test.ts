import { describe, expect, it } from "vitest";
import { ConfigError, databaseConfig } from "@/lib/db/config";

describe("databaseConfig", () => {
  it("uses embedded PGlite in ./data by default and DATA_DIR when set", () => {
    expect(databaseConfig({})).toEqual({ kind: "pglite", dataDir: `${process.cwd()}/data` });
    expect(databaseConfig({ DATA_DIR: "/srv/leads" })).toEqual({ kind: "pglite", dataDir: "/srv/leads" });
  });

  it("uses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    for (const url of ["postgres://u:p@db:5432/leads", "postgresql://u:p@db/leads"]) {
      expect(databaseConfig({ DATABASE_URL: url })).toEqual({ kind: "postgres", url, poolSize: 10 });
    }
  });

  it("names the variable and the accepted forms for anything else", () => {
    expect(() => databaseConfig({ DATABASE_URL: "mysql://u@db/leads" })).toThrow(ConfigError);
    expect(() => databaseConfig({ DATABASE_URL: "file:./dev.db" })).toThrow(
      /DATABASE_URL.*postgres:\/\/.*postgresql:\/\//s,
    );
    expect(() => databaseConfig({ DATABASE_URL: "postgres://db/x", DATABASE_POOL_SIZE: "0" })).toThrow(
      /DATABASE_POOL_SIZE/,
    );
  });
});
