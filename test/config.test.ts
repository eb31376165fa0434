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
      ytdlpPath: undefined,
      engine: "warm",
      corsOrigin: undefined,
    });
  });

  it("names every bad variable and why", () => {
    const bad = () => loadConfig({ PORT: "99999", MAX_CONCURRENT_DOWNLOADS: "zero", DATABASE_URL: "mysql://x" });
    expect(bad).toThrow(/PORT: .*65535/);
    expect(bad).toThrow(/MAX_CONCURRENT_DOWNLOADS: must be a whole number from 1 to 64/); // not zod's "expected number, received NaN"
    expect(bad).toThrow(/DATABASE_URL: use file:… \(SQLite\) or postgresql:\/\/… \(PostgreSQL\)/);
  });

  it("makes a relative SQLite path absolute and keeps a PostgreSQL URL", () => {
    expect(loadConfig({ DATABASE_URL: "file:./x/y.db" }).databaseUrl).toBe(`file:${path.resolve("x", "y.db")}`);
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@db:5432/mds" }).databaseUrl).toBe("postgresql://u:p@db:5432/mds");
  });

  it("resolves YTDLP_PATH=bundled to youtube-dl-exec's own copy", () => {
    expect(loadConfig({ YTDLP_PATH: "bundled" }).ytdlpPath).toMatch(/youtube-dl-exec\/bin\/yt-dlp$/);
  });

  it("refuses a non-loopback HOST without API_TOKEN unless ALLOW_UNAUTHENTICATED=true", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/API_TOKEN.*ALLOW_UNAUTHENTICATED=true/s);
    expect(loadConfig({ HOST: "0.0.0.0", ALLOW_UNAUTHENTICATED: "true" }).apiTokens).toEqual([]);
    expect(loadConfig({ HOST: "0.0.0.0", API_TOKEN: "a".repeat(16) + ", " + "b".repeat(20) }).apiTokens).toEqual(["a".repeat(16), "b".repeat(20)]);
    expect(() => loadConfig({ API_TOKEN: "short" })).toThrow(/API_TOKEN: .*at least 16/);
  });

  it("allows loopback names and HOST itself unless ALLOWED_HOSTS says otherwise", () => {
    expect(loadConfig({}).allowedHosts).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(loadConfig({ HOST: "192.168.1.5", ALLOW_UNAUTHENTICATED: "true" }).allowedHosts).toContain("192.168.1.5");
    expect(loadConfig({ ALLOWED_HOSTS: "Media.Example.com, nas" }).allowedHosts).toEqual(["media.example.com", "nas"]);
    expect(loadConfig({ ALLOWED_HOSTS: "*", API_TOKEN: "a".repeat(16) }).allowedHosts).toBeUndefined();
    expect(() => loadConfig({ ALLOW_PRIVATE_ADDRESSES: "yes" })).toThrow(/ALLOW_PRIVATE_ADDRESSES: must be "true" or "false"/);
  });
});
