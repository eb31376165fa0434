import { RE2JS } from "re2js";
import { InputError } from "./errors.js";
import type { FeedEntryState } from "./vocabulary.js";

/** A followed source (the Feed model of prisma/schema.prisma; `options` and `filters` are JSON). */
export type Feed = {
  id: string;
  url: string;
  title: string;
  enabled: boolean;
  checkEveryMinutes: number;
  presetId: string | null;
  downloadType: string | null;
  quality: string | null;
  options: string;
  filters: string;
  lastCheckedAt: Date | null;
  nextCheckAt: Date;
  lastError: string;
  failures: number;
  lockedBy: string | null;
  lockedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** One entry a feed's source listed, and what became of it (the FeedEntry model). */
export type FeedEntry = {
  id: string;
  feedId: string;
  entryKey: string;
  title: string;
  url: string;
  state: string;
  reason: string;
  downloadId: string | null;
  publishedAt: Date | null;
  createdAt: Date;
};

/** Which new entries are queued. Regular expressions are RE2 (linear time: no pattern can stall a check). */
export type FeedFilters = {
  titleMatches?: string;
  titleExcludes?: string;
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
  publishedAfter?: string;
  /** At most this many new entries are queued per check; the rest are recorded as filtered. */
  maxNewPerCheck?: number;
};

export const DEFAULT_CHECK_MINUTES = 60;
export const MIN_CHECK_MINUTES = 5;
export const DEFAULT_MAX_NEW_PER_CHECK = 20;
const MAX_PATTERN_LENGTH = 500;
/**
 * A filter's compiled size at most: RE2 runs in time linear in the title, but times the program's
 * size, so "(?:[^z]{998}q)" (1,001) costs 70 ms on a 2,000-character title; 200 keeps a title
 * under 15 ms (feeds/checks.ts yields between entries, so the server answers meanwhile).
 */
export const MAX_PROGRAM_SIZE = 200;
/** Characters of a title the filters read (and a listing keeps): titles are not essays. */
export const MAX_TITLE_CHARS = 2000;

export function checkInterval(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < MIN_CHECK_MINUTES || minutes > 7 * 24 * 60) {
    throw new InputError("checkEveryMinutes", `must be a whole number of minutes from ${MIN_CHECK_MINUTES} to ${7 * 24 * 60}`);
  }
  return minutes;
}

/** Checks filters; throws InputError naming the field ("filters.titleMatches"). */
export function checkFilters(filters: FeedFilters): FeedFilters {
  for (const name of ["titleMatches", "titleExcludes"] as const) {
    const pattern = filters[name];
    if (pattern === undefined) continue;
    if (pattern.length > MAX_PATTERN_LENGTH) throw new InputError(`filters.${name}`, `must be at most ${MAX_PATTERN_LENGTH} characters`);
    compiled(pattern, name);
  }
  for (const name of ["minDurationSeconds", "maxDurationSeconds"] as const) {
    const value = filters[name];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new InputError(`filters.${name}`, "must be a whole number of seconds, 0 or more");
  }
  if (filters.publishedAfter !== undefined && Number.isNaN(Date.parse(filters.publishedAfter))) {
    throw new InputError("filters.publishedAfter", "must be a date (ISO 8601, like 2026-01-31)");
  }
  const max = filters.maxNewPerCheck;
  if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 500)) throw new InputError("filters.maxNewPerCheck", "must be from 1 to 500");
  return filters;
}

/** What a listed entry is to the filters. */
export type ListedEntry = { key: string; title: string; url: string; durationSeconds?: number; publishedAt?: Date };

/** A title pattern compiled (case-insensitive), or InputError naming the field: not RE2, or too large a program. */
function compiled(pattern: string, name: string): RE2JS {
  let regexp: RE2JS;
  try {
    regexp = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new InputError(`filters.${name}`, `is not a valid regular expression (RE2 syntax): ${(error as Error).message.slice(0, 120)}`);
  }
  const size = regexp.programSize();
  if (size > MAX_PROGRAM_SIZE) throw new InputError(`filters.${name}`, `is too complex (${size} steps, at most ${MAX_PROGRAM_SIZE}): use smaller repetitions like {2,5}`);
  return regexp;
}

/** Filters ready to apply: their patterns compiled once per check. */
export type CompiledFilters = FeedFilters & { matches?: RE2JS; excludes?: RE2JS };

export function compileFilters(filters: FeedFilters): CompiledFilters {
  return {
    ...filters,
    ...(filters.titleMatches ? { matches: compiled(filters.titleMatches, "titleMatches") } : {}),
    ...(filters.titleExcludes ? { excludes: compiled(filters.titleExcludes, "titleExcludes") } : {}),
  };
}

/** Why `entry` is kept out, or undefined when it passes. Patterns read the title's first MAX_TITLE_CHARS. */
export function filteredOut(entry: ListedEntry, filters: CompiledFilters): string | undefined {
  const title = entry.title.slice(0, MAX_TITLE_CHARS);
  if (filters.matches && !filters.matches.matcher(title).find()) return `title does not match ${filters.titleMatches}`;
  if (filters.excludes?.matcher(title).find()) return `title matches ${filters.titleExcludes}`;
  const duration = entry.durationSeconds;
  if (filters.minDurationSeconds !== undefined && duration !== undefined && duration < filters.minDurationSeconds) return `shorter than ${filters.minDurationSeconds} s (${duration} s)`;
  if (filters.maxDurationSeconds !== undefined && duration !== undefined && duration > filters.maxDurationSeconds) return `longer than ${filters.maxDurationSeconds} s (${duration} s)`;
  if (filters.publishedAfter && entry.publishedAt && entry.publishedAt < new Date(filters.publishedAfter)) return `published before ${filters.publishedAfter}`;
  return undefined;
}

/** Whether the filters need metadata this entry lacks (then it is fetched for this entry alone). */
export const needsMetadata = (entry: ListedEntry, filters: FeedFilters) =>
  ((filters.minDurationSeconds !== undefined || filters.maxDurationSeconds !== undefined) && entry.durationSeconds === undefined) ||
  (filters.publishedAfter !== undefined && entry.publishedAt === undefined);

/** An entry's record as it is stored. */
export type EntryRecord = { state: FeedEntryState; reason?: string; downloadId?: string };

/** Filters as stored; an unreadable value is none. */
export function parseFilters(json: string): FeedFilters {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as FeedFilters) : {};
  } catch {
    return {};
  }
}
