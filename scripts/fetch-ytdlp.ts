/**
 * `npm start` runs this first: fetch the newest yt-dlp release when the network allows (at most
 * once a day), and say so in one line; offline, keep what there is and start anyway.
 */
import { statSync } from "node:fs";
import { loadConfig } from "../src/config.js";
import { fetchLatestRelease, releaseFile } from "../src/engine/ytdlp-release.js";

const DAY_MS = 86_400_000;
const TIMEOUT_MS = 30_000;

try {
  const config = loadConfig();
  const fetchedAt = statSync(releaseFile(config.ytdlpReleaseDir), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (!config.ytdlpPath && Date.now() - fetchedAt > DAY_MS) {
    const { version } = await fetchLatestRelease(config.ytdlpReleaseDir, config.ytdlpReleasesUrl, config.pythonPath, TIMEOUT_MS);
    console.log(`yt-dlp ${version} fetched from ${config.ytdlpReleasesUrl}`);
  }
} catch (error) {
  console.log(`yt-dlp: no newer release fetched (${(error as Error).message.split("\n")[0]}); starting with the one at hand`);
}
