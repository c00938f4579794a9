# Lead desk for self-hosting. Two images from one build:
#   default target ("app"): the web server alone — Next's standalone output as a
#     non-root user; migrations and the first admin are done at start
#     (MIGRATE_ON_START=1), GET /api/health is the health check.
#   target "tools": the full project, for `npm run worker` and the CLIs
#     (user:create, key:create, db:backup …); compose.yaml runs the worker from it.
# tests/hardening/container.test.ts starts the standalone output exactly as CMD does.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/schema-engine-stub.sh ./scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build

FROM build AS tools
ENV NODE_ENV=production
USER node
CMD ["npm", "run", "worker"]

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    MIGRATE_ON_START=1 \
    LEADDESK_ROOT=/app \
    DATA_DIR=/data
RUN mkdir /data && chown node:node /data
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/prisma ./prisma
# The server stamps each request with its socket address (client addresses never come from a header alone),
# sets the security headers (the pages' CSP nonce; HSTS on https), sends visitors without a session from
# pages to sign-in, and answers the webhook itself (lib/http/app-listener.mjs).
COPY --from=build --chown=node:node /app/scripts/lib/peer-server.mjs ./scripts/lib/peer-server.mjs
COPY --from=build --chown=node:node /app/lib/http/app-listener.mjs ./lib/http/app-listener.mjs
COPY --from=build --chown=node:node /app/lib/http/direct-routes.mjs ./lib/http/direct-routes.mjs
COPY --from=build --chown=node:node /app/lib/http/peer-stamp.mjs ./lib/http/peer-stamp.mjs
COPY --from=build --chown=node:node /app/lib/http/page-requests.mjs ./lib/http/page-requests.mjs
COPY --from=build --chown=node:node /app/lib/http/security-headers.mjs ./lib/http/security-headers.mjs
COPY --from=build --chown=node:node /app/lib/http/transport-security.mjs ./lib/http/transport-security.mjs
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", \
    "fetch(`http://127.0.0.1:${process.env.PORT||3000}/api/health`).then(r=>process.exit(+!r.ok),()=>process.exit(1))"]
CMD ["node", "scripts/lib/peer-server.mjs", "server.js"]
