import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { CAN_MOUNT, mountTmpfs } from "../fixtures/tmpfs.js";

/** The warm hosts (python host.py) this test process runs. */
async function hosts(): Promise<number[]> {
  const found: number[] = [];
  for (const pid of (await readdir("/proc")).filter((p) => /^\d+$/.test(p))) {
    const cmd = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    if (cmd.includes("host.py") && Number(stat.split(") ")[1]?.split(" ")[1]) === process.pid) found.push(Number(pid));
  }
  return found;
}

describe("a start-up that fails after the warm host started", () => {
  it("stops the host: an embedding process is left with nothing running", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-startup-"));
    try {
      const config = loadConfig({ DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: "postgresql://mds@127.0.0.1:1/mds" });
      await expect(startApp(config)).rejects.toThrow(/database: .*ECONNREFUSED/);
      expect(await hosts()).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("start-up checks", () => {
  it.skipIf(!CAN_MOUNT)("refuses a download folder it may not write to, in one line naming the variable", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-startup-"));
    const readOnly = await mountTmpfs("1m");
    try {
      execFileSync("mount", ["-o", "remount,ro", readOnly.dir]); // root may write anywhere but on a read-only mount
      const config = loadConfig({ DATA_DIR: dataDir, DOWNLOAD_DIR: readOnly.dir, PORT: "0", LOG_LEVEL: "silent" });
      await expect(startApp(config)).rejects.toThrow(new RegExp(`^DOWNLOAD_DIR: ${readOnly.dir} is not writable by this server \\(EROFS\\)`));
      expect(await hosts()).toEqual([]);
    } finally {
      await readOnly.unmount();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a YTDLP_PATH the warm engine cannot load, instead of running the system's yt-dlp", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-startup-"));
    try {
      const config = loadConfig({ DATA_DIR: dataDir, YTDLP_PATH: "/usr/bin/yt-dlp", PORT: "0", LOG_LEVEL: "silent" }); // a program, not a release file
      await expect(startApp(config)).rejects.toThrow(/^YTDLP_PATH=\/usr\/bin\/yt-dlp is not a yt-dlp the warm engine can load .*ENGINE=fresh/);
      expect(await hosts()).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
