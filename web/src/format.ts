const UNITS = ["B", "KB", "MB", "GB", "TB"];

/** 1_530_000 -> "1.5 MB" (decimal units, like the server's speed). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${UNITS[unit]}`;
}

/** Statuses a task can still be cancelled in. */
export const isUnfinished = (status: string) => ["PENDING", "DOWNLOADING", "PROCESSING"].includes(status);

/** "DOWNLOADING" -> "downloading". */
export const statusLabel = (status: string) => status.toLowerCase();
