import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { OUTDATED_AFTER_DAYS } from "./services/ytdlp.js";

try {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`Download server on ${app.url}  (GraphiQL: ${app.url}/graphql, REST: ${app.url}/api/downloads)`);
  const ytdlp = app.ytdlp.status();
  console.log(`Data in ${config.dataDir}, files in ${config.downloadDir}; yt-dlp ${ytdlp.version} (${ytdlp.source})`);
  if (ytdlp.outdated) {
    console.warn(`yt-dlp ${ytdlp.version} is more than ${OUTDATED_AFTER_DAYS} days old and may fail on real sites: run the updateYtdlp mutation, or set YTDLP_AUTO_UPDATE=true`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping; unfinished downloads resume at the next start`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
