import { startApp } from "./app.js";
import { ConfigError, configHelp, loadConfig } from "./config.js";
import { SERVER_VERSION } from "./ops/version.js";
import { OUTDATED_AFTER_DAYS } from "./ops/ytdlp-updates.js";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`Media download server: npm start (set the environment variables below to configure it)\n\n${configHelp()}`);
  process.exit(0);
}
if (args.includes("--version") || args.includes("-v")) {
  console.log(SERVER_VERSION);
  process.exit(0);
}
if (args.length > 0) {
  console.error(`unknown argument ${JSON.stringify(args[0])}: the server takes --help or --version; it is configured by environment variables (--help lists them)`);
  process.exit(1);
}

try {
  const config = loadConfig();
  const app = await startApp(config);
  const { log } = app;
  log.info(`Download server on ${app.url}  (GraphiQL: ${app.url}/graphql, REST: ${app.url}/api/downloads)`);
  const ytdlp = app.ytdlp.status();
  log.info(`Data in ${config.dataDir}, files in ${config.downloadDir}; yt-dlp ${ytdlp.version} (${ytdlp.source})`);
  if (ytdlp.outdated) {
    log.warn(`yt-dlp ${ytdlp.version} is more than ${OUTDATED_AFTER_DAYS} days old and may fail on real sites: run the updateYtdlp mutation, or set YTDLP_AUTO_UPDATE=true`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping; unfinished downloads resume at the next start`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "stopping failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  // A setup problem is one line naming what to change; anything else is a bug and keeps its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
