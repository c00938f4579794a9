import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // One build for everything: .next/standalone/server.js is what `npm start`,
  // the end-to-end suite and the container image all run (lib/server/serve.ts).
  output: "standalone",
  // PGlite loads its WebAssembly and data files relative to its own package;
  // bundled by Turbopack it fails at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    // Loaded from node_modules, with the .wasm file it reads beside its JavaScript (below).
    "@prisma/schema-engine-wasm",
  ],
  // The server migrates at start in the container (MIGRATE_ON_START): tracing
  // does not see the engine's .wasm, which lib/db/schema-engine.ts reads by path.
  outputFileTracingIncludes: { "*": ["./node_modules/@prisma/schema-engine-wasm/**/*"] },
  poweredByHeader: false,
  // No headers(): the HTTP server sets the security headers on every response
  // (lib/http/security-headers.mjs), and proxy.ts the pages' policy.
};

// Messages and locale per request: lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
