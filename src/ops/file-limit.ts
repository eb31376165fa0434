import { readFile } from "node:fs/promises";

/** Descriptors the server needs beside its HTTP connections: the database, the engine's pipes, files served, logs. */
const HEADROOM = 128;

/**
 * A warning when the open-file limit is below what MAX_HTTP_CONNECTIONS needs (each connection
 * is a descriptor, each running download a few): the server would fail with EMFILE under load,
 * far from the cause. Undefined when the limit is enough, or cannot be read (not Linux).
 */
export async function fileLimitWarning(maxHttpConnections: number): Promise<string | undefined> {
  const limits = await readFile("/proc/self/limits", "utf8").catch(() => "");
  const [, soft, hard] = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(limits) ?? [];
  const needed = maxHttpConnections + HEADROOM;
  const limit = soft === "unlimited" ? Infinity : Number(soft);
  if (!soft || limit >= needed) return undefined;
  return `the open-file limit is ${soft} (hard ${hard}), below the ${needed} that MAX_HTTP_CONNECTIONS=${maxHttpConnections} needs: raise it (ulimit -n ${needed}, LimitNOFILE= in a systemd unit) or lower MAX_HTTP_CONNECTIONS`;
}
