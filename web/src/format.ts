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

/** Whether a signed link (`?expires=<unix seconds>&signature=…`) has expired or will within a minute; unsigned links never do. */
export function linkExpired(link: string): boolean {
  const expires = Number(new URL(link, location.href).searchParams.get("expires"));
  return expires > 0 && expires * 1000 < Date.now() + 60_000;
}

/** Statuses a task can still be cancelled in. */
export { isUnfinishedStatus as isUnfinished } from "../../src/domain/vocabulary.js";

/** "DOWNLOADING" -> "downloading". */
export const statusLabel = (status: string) => status.toLowerCase();
