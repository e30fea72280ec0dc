#!/usr/bin/env bash
# Fails when src/db/schema has changes that no migration holds: runs `drizzle-kit generate` (the same settings as
# drizzle.config.ts) into a temporary copy of migrations/ and compares. Leaves no file behind.
set -euo pipefail
cd "$(dirname "$0")/.."

copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
cp -r migrations "$copy/migrations"
# drizzle-kit prefixes --out with "./", so it must be relative to this folder.
out="$(realpath --relative-to=. "$copy/migrations")"
npx drizzle-kit generate --dialect sqlite --schema ./src/db/schema/index.ts --out "$out" >"$copy/generate.log" 2>&1 || {
  cat "$copy/generate.log"
  exit 1
}
if ! diff -r migrations "$copy/migrations" >"$copy/diff.txt"; then
  echo "Schema drift: src/db/schema differs from migrations/. Run \`npm run db:generate\` and commit the migration." >&2
  cat "$copy/diff.txt" >&2
  exit 1
fi
echo "No schema drift: migrations/ matches src/db/schema."
