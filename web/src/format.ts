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

/** "1 task", "3 tasks": a count with its noun (English plural in -s). */
export const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? "" : "s"}`;

/** Input fields by the names people see on the page. */
const LABELS: Record<string, string> = { url: "URL", quality: "Quality", downloadType: "Type", presetId: "Preset", preset: "Preset", ytdlpArgs: "yt-dlp arguments", rateLimit: "Rate limit", folder: "Folder" };

/**
 * A refused field said as a sentence: "URL must not be empty", "Quality: …". With several inputs
 * (`inputs.2.url`) the line is named: "Line 3: URL …".
 */
export function fieldMessage(field: string, reason: string): string {
  const parts = field.split(".");
  const line = parts[0] === "inputs" && /^\d+$/.test(parts[1] ?? "") ? `Line ${Number(parts[1]) + 1}: ` : "";
  const name = parts.at(-1) ?? field;
  const label = LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
  return `${line}${label}${/^(must|is|contains|could|lists|holds)\b/.test(reason) ? " " : ": "}${reason}`;
}

/** "3 min ago", "yesterday 14:05", or the date: when something happened, for a row. */
export function when(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  const seconds = Math.round((now - at.getTime()) / 1000);
  if (seconds < 45) return "just now";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400 && at.getDate() === new Date(now).getDate()) return at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return at.toLocaleString([], { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}
