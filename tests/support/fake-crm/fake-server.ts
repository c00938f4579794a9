// A real HTTP server on 127.0.0.1 (random port) that records every request
// and can be told to misbehave per route: answer with a status (500, 400,
// 429 + Retry-After…), or drop the connection.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Parsed application/x-www-form-urlencoded body. */
  form: Record<string, string>;
  /** Parsed JSON body, or null. */
  json: unknown;
}

export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Drop the connection without answering. */
  | { reset: true }
  /** Never answer (for timeouts); the socket is closed by close(). */
  | { hang: true };

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Route = (req: ReceivedRequest) => Reply | null;

export interface FakeServer {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  /** Requests whose path starts with `prefix`. */
  received(prefix: string): ReceivedRequest[];
  /** The next `times` requests to paths starting with `prefix` get `fault` instead of the normal answer. */
  failNext(prefix: string, fault: Fault, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeServer(route: Route): Promise<FakeServer> {
  const requests: ReceivedRequest[] = [];
  const faults: { prefix: string; fault: Fault }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const body = Buffer.concat(chunks).toString("utf8");
      const type = req.headers["content-type"] ?? "";
      let json: unknown = null;
      try {
        json = type.includes("json") && body ? JSON.parse(body) : null;
      } catch {
        json = null;
      }
      const received: ReceivedRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        form: type.includes("x-www-form-urlencoded") ? Object.fromEntries(new URLSearchParams(body)) : {},
        json,
      };
      requests.push(received);
      const faultIndex = faults.findIndex((f) => received.path.startsWith(f.prefix));
      if (faultIndex >= 0) {
        const fault = faults.splice(faultIndex, 1)[0]!.fault;
        if ("reset" in fault) return void req.socket.destroy();
        if ("hang" in fault) return;
        res.writeHead(fault.status, fault.headers ?? {});
        return void res.end(fault.body ?? "");
      }
      const reply = route(received) ?? { status: 404, body: { error: "not found" } };
      const isText = typeof reply.body === "string";
      res.writeHead(reply.status, {
        "Content-Type": isText ? "text/html; charset=utf-8" : "application/json",
        ...reply.headers,
      });
      res.end(reply.body === undefined ? "" : isText ? (reply.body as string) : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    received: (prefix) => requests.filter((r) => r.path.startsWith(prefix)),
    failNext(prefix, fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push({ prefix, fault });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
