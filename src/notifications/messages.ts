import type { Feed } from "../domain/feed.js";
import type { Download } from "../domain/task.js";
import type { NotifierEventType } from "../domain/vocabulary.js";

/** What happened, for a notifier: its type, the task or feed it is about, and the filters' keys. */
export type NotifierEvent = {
  type: NotifierEventType | "notifier.test";
  data: Record<string, unknown>;
  /** Human text for Apprise: a title and a body. */
  title: string;
  body: string;
  presetId?: string | null;
  feedId?: string | null;
};

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** A task as webhooks carry it: the fields of GraphQL's Download, by the same names, enums in upper case. */
export function taskData(task: Download): Record<string, unknown> {
  return {
    id: task.id,
    url: task.url,
    title: task.title,
    status: task.status.toUpperCase(),
    downloadType: task.downloadType.toUpperCase(),
    quality: task.quality,
    filename: task.filename || null,
    filesize: Math.round(task.filesize),
    formatNote: task.formatNote || null,
    errorMessage: task.errorMessage || null,
    groupId: task.groupId,
    presetId: task.presetId,
    feedId: task.feedId,
    attempt: task.attempt,
    createdAt: task.createdAt.toISOString(),
    completedAt: task.completedAt?.toISOString() ?? null,
  };
}

const feedData = (feed: Feed) => ({ id: feed.id, url: feed.url, title: feed.title, lastCheckedAt: feed.lastCheckedAt?.toISOString() ?? null, lastError: feed.lastError || null });

export function taskEvent(task: Download): NotifierEvent {
  const completed = task.status === "completed";
  return {
    type: completed ? "download.completed" : "download.failed",
    data: taskData(task),
    title: completed ? `Finished: ${task.title}` : `Failed: ${task.title}`,
    body: completed ? `Finished: ${task.title} (${mb(task.filesize)}, ${task.formatNote || task.downloadType})` : `Failed: ${task.title}: ${task.errorMessage}`,
    presetId: task.presetId,
    feedId: task.feedId,
  };
}

export function feedEvent(feed: Feed, outcome: { queued: number } | { error: string }): NotifierEvent {
  if ("error" in outcome) return { type: "feed.failed", data: { feed: feedData(feed), error: outcome.error }, title: `${feed.title}: check failed`, body: `${feed.title}: check failed: ${outcome.error}`, feedId: feed.id };
  return { type: "feed.new_entries", data: { feed: feedData(feed), queued: outcome.queued }, title: `${feed.title}: ${outcome.queued} new`, body: `${feed.title}: ${outcome.queued} new`, feedId: feed.id };
}

/** The webhook body, per Standard Webhooks: type, timestamp, data (and the human text, which Apprise sends). */
export const payloadOf = (event: NotifierEvent, at = new Date()) => JSON.stringify({ type: event.type, timestamp: at.toISOString(), data: event.data, title: event.title, body: event.body });
