// A loopback server running the app's listener (lib/http/app-listener.mjs)
// around a handler standing in for Next, which records each request it is
// given (method and URL, and the headers it arrived with) and answers "next".
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import { appListener } from "@/lib/http/app-listener.mjs";

const servers: http.Server[] = [];
afterEach(() => {
  servers.splice(0).forEach((s) => s.close());
});

export async function serveListener(): Promise<{
  url: string;
  reachedNext: string[];
  headersSeen: http.IncomingHttpHeaders[];
}> {
  const reachedNext: string[] = [];
  const headersSeen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer(
    appListener((req, res) => {
      reachedNext.push(`${req.method} ${req.url}`);
      headersSeen.push({ ...req.headers });
      res.writeHead(404, { "content-type": "text/plain" }).end("next");
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reachedNext, headersSeen };
}
