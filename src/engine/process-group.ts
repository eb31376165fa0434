import { readFileSync } from "node:fs";
import { setPriority } from "node:os";

const KILL_GRACE_MS = 2000;

/** Niceness of a download's processes (yt-dlp and the ffmpeg it starts inherit it); the warm host gives its jobs the same (python/host.py). */
const ENGINE_NICENESS = 10;

/** Downloads are background work: a fresh yt-dlp yields the CPU to the API and the machine's other work. */
export function yieldCpu(pid: number | undefined): void {
  if (!pid) return;
  try {
    setPriority(pid, ENGINE_NICENESS);
  } catch {
    // gone already, or the system refuses: it runs at the server's own priority
  }
}

/** Signals a whole process group; false when none of it is left. Signal 0 only checks. */
export function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group (yt-dlp and its ffmpeg), SIGKILL after a grace delay. */
export function killGroup(pid: number | undefined): void {
  if (!pid) return;
  signalGroup(pid, "SIGTERM");
  setTimeout(() => signalGroup(pid, "SIGKILL"), KILL_GRACE_MS).unref();
}

/** Resolves once no process of the group is left (killGroup ends with SIGKILL, so this ends). */
export async function groupGone(pid: number | undefined): Promise<void> {
  while (pid && signalGroup(pid, 0)) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Kills a yt-dlp left running by a crashed server, if `pid` still is that job's process. */
export function killOrphan(pid: number, jobId: string): void {
  let commandLine = "";
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return; // gone
  }
  // A fresh yt-dlp names the job in its arguments; a warm host's child dies with its host.
  if (!commandLine.includes(jobId)) return; // the pid was reused by another process
  signalGroup(pid, "SIGKILL");
}
