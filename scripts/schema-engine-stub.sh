#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here.
echo "Lead desk applies migrations with the WebAssembly schema engine: use 'npm run db:migrate'" >&2
echo "and 'npm run db:migration:new -- <name>' instead of 'prisma migrate'." >&2
exit 1
