import { rm } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.js";
import { removeJobFiles } from "../engine/runner.js";
import type { Download } from "../generated/prisma/client.js";

/** Deletes a task's file, partials and thumbnail; never anything outside the data folders. */
export async function removeTaskFiles(row: Download, config: Config): Promise<void> {
  const inside = (dir: string, file: string | null) => file && path.resolve(file).startsWith(dir + path.sep);
  if (inside(config.downloadDir, row.filepath)) await rm(row.filepath!, { force: true });
  if (inside(config.thumbnailDir, row.thumbnailPath)) await rm(row.thumbnailPath!, { force: true });
  await removeJobFiles(config.downloadDir, row.id);
}
