import { InputError } from "./errors.js";
import { NOTIFIER_EVENTS, type NotifierEventType } from "./vocabulary.js";

/** A notifier (the Notifier model of prisma/schema.prisma; `events`, `presetIds`, `feedIds` are JSON lists). */
export type Notifier = {
  id: string;
  name: string;
  url: string;
  secret: string;
  events: string;
  presetIds: string;
  feedIds: string;
  allowPrivateAddress: boolean;
  enabled: boolean;
  disabledReason: string;
  failures: number;
  createdAt: Date;
  updatedAt: Date;
};

/** One event for one notifier (the Delivery model). */
export type Delivery = {
  id: string;
  notifierId: string;
  type: string;
  payload: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string;
  lockedBy: string | null;
  lockedAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

/** Failures in a row after which a notifier is disabled. */
export const MAX_FAILURES = 10;

/** An http(s) target is a webhook; anything else (ntfy://, discord://, mailto://, json://, ...) goes through Apprise. */
export const isWebhook = (url: string) => /^https?:\/\//i.test(url);

export function checkNotifierUrl(url: string): string {
  const trimmed = url.trim();
  if (!trimmed || trimmed.length > 2048) throw new InputError("url", "must be 1 to 2048 characters");
  if (/[\x00-\x20\x7f]/.test(trimmed)) throw new InputError("url", "must not contain spaces or control characters");
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1];
  if (!scheme) throw new InputError("url", "must be a URL: https://… for a webhook, or an Apprise URL such as ntfy://topic or discord://…");
  if (isWebhook(trimmed) && !URL.canParse(trimmed)) throw new InputError("url", "is not a valid http(s) URL");
  return trimmed;
}

export function checkEvents(events: string[] | undefined): NotifierEventType[] {
  if (!events || events.length === 0) return [...NOTIFIER_EVENTS];
  const unknown = events.find((event) => !(NOTIFIER_EVENTS as readonly string[]).includes(event));
  if (unknown) throw new InputError("events", `"${unknown.slice(0, 40)}" is not an event; use ${NOTIFIER_EVENTS.join(", ")}`);
  return [...new Set(events)] as NotifierEventType[];
}

/** A path segment kept as it is when shown: a short word ("api", "webhooks", "hooks"), never the last (where webhooks put their token). */
const PLAIN_SEGMENT = /^[a-z][a-z_-]{0,15}$/i;
const masked = (segment: string) => (segment.length <= 2 ? segment : `${segment[0]}...${segment.at(-1)}`);

/**
 * A webhook's URL as it may be shown: no user name, password or query string, and every path
 * segment but short words masked ("https://discord.com/api/webhooks/1...9/a...z"), since services
 * put their tokens in the path. Anything else: its scheme only (Apprise URLs are shown as Apprise
 * reads them, notifications/notifiers.ts).
 */
export function shownUrl(url: string): string {
  if (isWebhook(url) && URL.canParse(url)) {
    const parsed = new URL(url);
    const segments = parsed.pathname.split("/").filter(Boolean);
    const path = segments.map((segment, i) => (i < segments.length - 1 && PLAIN_SEGMENT.test(segment) ? segment : masked(segment)));
    const hidden = parsed.username || parsed.password || parsed.search;
    return `${parsed.protocol}//${parsed.host}/${path.join("/")}${hidden ? " (credentials hidden)" : ""}`;
  }
  return `${/^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? "?"}://…`;
}

export const parseList = (json: string): string[] => {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};
