import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { FROM_SOURCE } from "../helpers.js";

/** Runs the server as a person would and collects what it says before it exits. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, FROM_SOURCE, { env: { ...process.env, PORT: "0", DATA_DIR: "/tmp/mds-open-config", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}

describe("configurations that open the server to every web page", () => {
  it.each<Record<string, string>>([{ CORS_ORIGIN: "*" }, { ALLOWED_HOSTS: "*" }])("refuse to start without API_TOKEN: %o", async (env) => {
    const { code, stderr } = await start({ API_TOKEN: "", ...env });
    expect(code).toBe(1);
    const [variable] = Object.entries(env)[0]!;
    expect(stderr.trim()).toMatch(new RegExp(`^Refusing to start with ${variable}=\\* and no API_TOKEN: .*set API_TOKEN`));
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
