import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("has the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      dataDir: path.resolve("data"),
      downloadDir: path.resolve("data", "downloads"),
      databaseUrl: `file:${path.resolve("data", "downloads.db")}`,
      maxConcurrentDownloads: 3,
      ytdlpPath: "yt-dlp",
      corsOrigin: undefined,
    });
  });

  it("names every bad variable and why", () => {
    const bad = () => loadConfig({ PORT: "99999", MAX_CONCURRENT_DOWNLOADS: "zero", DATABASE_URL: "postgres://x" });
    expect(bad).toThrow(/PORT: .*65535/);
    expect(bad).toThrow(/MAX_CONCURRENT_DOWNLOADS: .*expected number/);
    expect(bad).toThrow(/DATABASE_URL: only SQLite URLs/);
  });

  it("makes a relative SQLite path absolute", () => {
    expect(loadConfig({ DATABASE_URL: "file:./x/y.db" }).databaseUrl).toBe(`file:${path.resolve("x", "y.db")}`);
  });

  it("resolves YTDLP_PATH=bundled to youtube-dl-exec's own copy", () => {
    expect(loadConfig({ YTDLP_PATH: "bundled" }).ytdlpPath).toMatch(/youtube-dl-exec\/bin\/yt-dlp$/);
  });
});
