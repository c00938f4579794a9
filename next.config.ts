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
  // Next traces through @opentelemetry/api when the app has it installed, else
  // through its own copy. The app traces nothing; the package is here only as
  // a test tool's dependency (Azurite), and picking it up cost every request
  // a few microseconds (docs/performance.md, fourteenth round). To trace with
  // OpenTelemetry, remove this line.
  turbopack: { resolveAlias: { "@opentelemetry/api": "next/dist/compiled/@opentelemetry/api" } },
  // No headers(): the HTTP server sets the security headers on every response
  // (lib/http/security-headers.mjs), the pages' nonce policy included.
};

// Messages and locale per request: lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
