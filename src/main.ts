import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";

try {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`Download server on ${app.url}  (GraphiQL: ${app.url}/graphql, REST: ${app.url}/api/downloads)`);
  console.log(`Data in ${config.dataDir}, files in ${config.downloadDir}; yt-dlp ${app.ytdlpVersion}`);
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
