import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";

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
