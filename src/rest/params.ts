import type { DownloadStatus, DownloadType } from "../gql/graphql.js";
import { DOWNLOAD_TYPES, isDownloadType, isStatus, STATUSES } from "../domain/vocabulary.js";
import { RestError } from "./http.js";

const bad = (message: string) => new RestError(400, "BAD_REQUEST", message);

/** The query string, refusing any parameter the endpoint does not take. */
export function queryParams(url: string | undefined, allowed: string[]): URLSearchParams {
  const params = new URL(url ?? "/", "http://localhost").searchParams;
  for (const name of params.keys()) {
    if (!allowed.includes(name)) throw bad(`${name}: unknown parameter; this endpoint takes ${allowed.join(", ") || "none"}`);
  }
  return params;
}

/** "completed,error" -> [COMPLETED, ERROR]. */
export function statusList(params: URLSearchParams, name = "status"): DownloadStatus[] | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const values = raw.split(",").map((s) => s.trim());
  const wrong = values.filter((v) => !isStatus(v));
  if (wrong.length || !raw) throw bad(`${name}: must be one or more of ${STATUSES.join(", ")} (comma-separated)`);
  return values.map((v) => v.toUpperCase() as DownloadStatus);
}

export function downloadType(value: string | null | undefined, name: string): DownloadType | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isDownloadType(value)) throw bad(`${name}: must be ${DOWNLOAD_TYPES.map((t) => `"${t}"`).join(" or ")}`);
  return value === "audio" ? "AUDIO" : "VIDEO";
}

export function nonNegativeInt(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw)) throw bad(`${name}: must be a whole number, 0 or more`);
  return Number(raw);
}

export function booleanParam(params: URLSearchParams, name: string): boolean | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (raw !== "true" && raw !== "false") throw bad(`${name}: must be true or false`);
  return raw === "true";
}

/** A string field of a JSON body. */
export function stringField(body: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string") throw bad(`${name}: must be a string`);
  return value;
}
