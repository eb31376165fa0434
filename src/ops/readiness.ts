import { folderProblem } from "../store/disk-space.js";
import type { DownloadService } from "../tasks/downloads.js";
import type { YtdlpService } from "./ytdlp-updates.js";

type Readiness = { status: number; body: Record<string, string> };
const unready = (reason: string): Readiness => ({ status: 503, body: { status: "unready", reason } });

/**
 * Ready when the database answers, the folders the server writes to have room and are writable,
 * and yt-dlp can run (a dead warm host is restarted here). Each is asked anew: it recovers by itself.
 */
export async function readiness(deps: { downloads: DownloadService; ytdlp: YtdlpService }, folders: Record<string, string>): Promise<Readiness> {
  try {
    await deps.downloads.ping();
  } catch (error) {
    return unready((error as Error).message);
  }
  for (const [name, dir] of Object.entries(folders)) {
    const problem = await folderProblem(name, dir);
    if (problem) return unready(problem);
  }
  try {
    await deps.ytdlp.check();
  } catch (error) {
    return unready(`yt-dlp: ${(error as Error).message}`);
  }
  return { status: 200, body: { status: "ready", database: "ok", ytdlp: deps.ytdlp.status().version } };
}
