import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log/logger";

function capture(env: Record<string, string>) {
  const lines: string[] = [];
  const logger = createLogger(env, { write: (text: string) => lines.push(text) });
  return { logger, lines };
}

describe("logger", () => {
  it("writes one JSON object per line with LOG_FORMAT=json", () => {
    const { logger, lines } = capture({ LOG_FORMAT: "json" });
    logger.info({ requestId: "r-1", status: 201 }, "webhook answered");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "info",
      requestId: "r-1",
      status: 201,
      msg: "webhook answered",
    });
  });

  it("writes readable lines by default", () => {
    const { logger, lines } = capture({});
    logger.warn({ deliveryId: "d-1" }, "delivery failed");
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d WARN {2}delivery failed deliveryId=d-1\n$/);
  });

  it("honours LOG_LEVEL", () => {
    const { logger, lines } = capture({ LOG_LEVEL: "warn" });
    logger.info("hidden");
    logger.error("shown");
    expect(lines).toHaveLength(1);
  });

  it("never writes secrets, webhook keys or bodies", () => {
    const { logger, lines } = capture({ LOG_FORMAT: "json" });
    const key = "ldk_AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    logger.info(
      {
        password: "hunter2-password",
        headers: { authorization: "Bearer sekret-bearer", cookie: "session=sekret-cookie", "x-api-key": "sekret-api" },
        config: { clientSecret: "sekret-client", signingSecret: "sekret-signing", sasToken: "sekret-sas" },
        body: '{"UserDetails":{"Email":"customer@contoso.com"}}',
        lead: { email: "customer@contoso.com" },
        url: `https://leads.example.com/api/webhooks/marketplace/${key}`,
        err: new Error(`could not post to /api/webhooks/marketplace/${key}`),
      },
      `POST /api/webhooks/marketplace/${key}`,
    );
    const line = lines.join("");
    for (const secret of ["hunter2", "sekret", "customer@contoso.com", key]) expect(line).not.toContain(secret);
    const record = JSON.parse(line);
    expect(record.msg).toBe("POST /api/webhooks/marketplace/ldk_[redacted]");
    expect(record.password).toBe("[redacted]");
    expect(record.err.message).toBe("could not post to /api/webhooks/marketplace/ldk_[redacted]");
  });
});
