import type { NextConfig } from "next";
import { apiContentSecurityPolicy, staticSecurityHeaders } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own package;
  // bundled by Turbopack it fails at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
  ],
  poweredByHeader: false,
  async headers() {
    // Pages get their nonce-based policy from proxy.ts.
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
