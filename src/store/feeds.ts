import type { Feed, FeedEntry } from "../domain/feed.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export type FeedFields = Omit<Feed, "id" | "createdAt" | "updatedAt" | "lockedBy" | "lockedAt" | "failures" | "lastError" | "lastCheckedAt" | "nextCheckAt">;
export type FeedPatch = Partial<Omit<Feed, "id" | "createdAt" | "updatedAt">>;
export type NewFeedEntry = FeedEntry;

/** Keys per statement: well under either database's parameter limit. */
const KEY_SLICE = 500;
/** Entries per insert: nine columns each, under the 999 parameters a SQLite statement may take. */
const ENTRY_ROWS = 100;

/**
 * Every statement on the feed tables. A check is claimed like a task: one conditional update
 * sets the lease (lockedBy, lockedAt), so of several instances exactly one checks a due feed.
 */
export class FeedStore {
  constructor(private readonly prisma: PrismaClient) {}

  list(): Promise<Feed[]> {
    return this.prisma.feed.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  get(id: string): Promise<Feed | null> {
    return this.prisma.feed.findUnique({ where: { id } });
  }

  /** A new feed, held by `instanceId` for its first check. */
  create(id: string, fields: FeedFields, instanceId: string): Promise<Feed> {
    return this.prisma.feed.create({ data: { id, ...fields, lockedBy: instanceId, lockedAt: new Date() } });
  }

  async update(id: string, patch: FeedPatch): Promise<Feed | null> {
    const [updated] = await this.prisma.feed.updateManyAndReturn({ where: { id }, data: patch });
    return updated ?? null;
  }

  /** Deletes the feed and its entries; whether there was one. */
  async delete(id: string): Promise<boolean> {
    await this.prisma.feedEntry.deleteMany({ where: { feedId: id } });
    return (await this.prisma.feed.deleteMany({ where: { id } })).count > 0;
  }

  /** Feeds due for a check that nobody holds (or whose holder's lease expired). */
  due(now: Date, leaseMs: number, limit: number): Promise<Feed[]> {
    return this.prisma.feed.findMany({
      where: { enabled: true, nextCheckAt: { lte: now }, OR: [{ lockedBy: null }, { lockedAt: { lt: new Date(now.getTime() - leaseMs) } }] },
      orderBy: [{ nextCheckAt: "asc" }],
      take: limit,
    });
  }

  /** Takes the feed's lease if nobody holds it (or the lease expired); the feed as claimed, or null. */
  async claim(id: string, instanceId: string, leaseMs: number): Promise<Feed | null> {
    const now = new Date();
    const [claimed] = await this.prisma.feed.updateManyAndReturn({
      where: { id, OR: [{ lockedBy: null }, { lockedAt: { lt: new Date(now.getTime() - leaseMs) } }] },
      data: { lockedBy: instanceId, lockedAt: now },
    });
    return claimed ?? null;
  }

  /** Ends a check: writes its outcome and lets the lease go, only while `instanceId` still holds it. */
  async release(id: string, instanceId: string, patch: FeedPatch): Promise<Feed | null> {
    const [released] = await this.prisma.feed.updateManyAndReturn({ where: { id, lockedBy: instanceId }, data: { ...patch, lockedBy: null, lockedAt: null } });
    return released ?? null;
  }

  /** Lets every lease go: at the start of the only instance there is (SQLite), what held them is gone. */
  async releaseAll(): Promise<void> {
    await this.prisma.feed.updateMany({ where: { lockedBy: { not: null } }, data: { lockedBy: null, lockedAt: null } });
  }

  /** Which of `keys` the feed has recorded already. */
  async knownKeys(feedId: string, keys: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (let at = 0; at < keys.length; at += KEY_SLICE) {
      const rows = await this.prisma.feedEntry.findMany({ where: { feedId, entryKey: { in: keys.slice(at, at + KEY_SLICE) } }, select: { entryKey: true } });
      for (const row of rows) known.add(row.entryKey);
    }
    return known;
  }

  async insertEntries(entries: NewFeedEntry[]): Promise<void> {
    for (let at = 0; at < entries.length; at += ENTRY_ROWS) await this.prisma.feedEntry.createMany({ data: entries.slice(at, at + ENTRY_ROWS) });
  }

  /** Queued entries recorded since `since` (a check that may have stopped before queueing their tasks). */
  queuedSince(feedId: string, since: Date): Promise<FeedEntry[]> {
    return this.prisma.feedEntry.findMany({ where: { feedId, state: "queued", createdAt: { gte: since } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  /** A page of the feed's entries, newest first. */
  entries(feedId: string, offset: number, limit: number): Promise<FeedEntry[]> {
    return this.prisma.feedEntry.findMany({ where: { feedId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: offset, take: limit });
  }

  /** Appends a feed event to the log; its seq. */
  async appendEvent(kind: string, feedId: string, payload: string): Promise<number> {
    return (await this.prisma.feedEventLog.create({ data: { kind, feedId, payload }, select: { seq: true } })).seq;
  }

  eventsAfter(seq: number, limit: number): Promise<Array<{ seq: number; payload: string }>> {
    return this.prisma.feedEventLog.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: "asc" }, take: limit, select: { seq: true, payload: true } });
  }

  async lastEventSeq(): Promise<number> {
    return (await this.prisma.feedEventLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }))?.seq ?? 0;
  }

  async pruneEvents(beforeSeq: number): Promise<void> {
    await this.prisma.feedEventLog.deleteMany({ where: { seq: { lt: beforeSeq } } });
  }

  countEntries(feedId: string): Promise<number> {
    return this.prisma.feedEntry.count({ where: { feedId } });
  }
}
