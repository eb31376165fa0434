import { readdirSync, readFileSync } from "node:fs";

const TICKS = 100; // clock ticks per second on Linux

/** CPU seconds of a process and every descendant, living (by /proc) or reaped (cutime/cstime). */
export function treeCpuSeconds(pid: number): number {
  let stat: string[];
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  } catch {
    return 0;
  }
  const own = [11, 12, 13, 14].reduce((sum, i) => sum + Number(stat[i]), 0) / TICKS;
  const children = readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return own + children.reduce((sum, child) => sum + treeCpuSeconds(child), 0);
}
