/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma (the one source of the model),
 * for PostgreSQL, and generates its client into src/generated/prisma-pg. Run by `npm run setup`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const postgres = source
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/output(\s*)=\s*"\.\.\/src\/generated\/prisma"/, 'output$1= "../../src/generated/prisma-pg"')
  .replace(/^\/\/ .*\n/, "// Generated from prisma/schema.prisma by scripts/prisma-postgres.ts: edit that one.\n");
if (!postgres.includes('"postgresql"') || !postgres.includes("prisma-pg")) throw new Error("prisma/schema.prisma changed shape: update scripts/prisma-postgres.ts");
mkdirSync("prisma/postgres", { recursive: true });
writeFileSync("prisma/postgres/schema.prisma", postgres);
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", "prisma/postgres/schema.prisma"], { stdio: ["ignore", "ignore", "inherit"] });
