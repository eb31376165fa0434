import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { ConfigError, type Config } from "./config.js";
import { openDatabase } from "./db.js";
import { Engine } from "./engine/engine.js";
import { createHttpApp } from "./server.js";
import { DownloadService } from "./services/downloads.js";
import { EventBus } from "./services/events.js";
import { YtdlpService } from "./services/ytdlp.js";

export type RunningApp = { url: string; ytdlp: YtdlpService; downloads: DownloadService; close(): Promise<void> };

/** Opens the database, resumes unfinished tasks and starts listening. */
export async function startApp(config: Config): Promise<RunningApp> {
  // Fail at start, not at the first download.
  const engine = await Engine.start(config).catch((error: Error) => {
    throw new ConfigError(error.message);
  });
  await mkdir(config.downloadDir, { recursive: true });
  await mkdir(config.thumbnailDir, { recursive: true });
  const { prisma, reads } = await openDatabase(config.databaseUrl);
  const downloads = new DownloadService(prisma, reads, new EventBus(), config, engine);
  const ytdlp = new YtdlpService(engine, config.ytdlpAutoUpdate);
  const http = createHttpApp({ downloads, ytdlp, prisma }, config);
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(config.port, config.host, resolve);
  });
  await downloads.resume();
  const { port } = http.server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    ytdlp,
    downloads,
    async close() {
      ytdlp.stop();
      await http.close();
      await downloads.stop();
      await engine.stop();
      await prisma.$disconnect();
      reads.close();
    },
  };
}
