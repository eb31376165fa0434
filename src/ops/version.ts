import { createRequire } from "node:module";

/** This server's version, from package.json (src/ops/ and dist/ops/ are two levels down). */
export const SERVER_VERSION = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
