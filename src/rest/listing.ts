import { createHash, randomBytes } from "node:crypto";
import { compareOldestFirst, type OrderKey } from "../domain/order.js";
import type { RestDownloadFragment, RestListDownloadsQueryVariables } from "../gql/graphql.js";

/** What the listing learns about changes: a count, and the task each change was to (none: any may have changed). */
export type TaskChanges = {
  /** Counts the changes seen; undefined when this instance cannot see them all (a shared database without Redis). */
  version(): number | undefined;
  onChange(listener: (id?: string, removed?: boolean) => void): () => void;
};

/** How the listing reads through GraphQL: every task in the listing order, or one task. */
export type ListingReads = {
  all(filter: RestListDownloadsQueryVariables): Promise<RestDownloadFragment[]>;
  one(id: string): Promise<RestDownloadFragment | null>;
};

export type ListingQuery = Pick<RestListDownloadsQueryVariables, "status" | "downloadType" | "limit" | "offset">;

/** A task as the contract shows it (`json`), with what the listing sorts and filters by. */
type Row = Pick<RestDownloadFragment, "id" | "status" | "download_type"> & { key: OrderKey; json: string };

/** More changed tasks than this since the last read: read them all again rather than one by one. */
const REREAD_ALL_ABOVE = 200;

/**
 * The contract's listing kept in memory, each task's JSON ready, and brought up to date from the
 * task events: a change costs one task's read, not the 10,000's. Filters, order and paging are
 * applied here to the same rows GraphQL gave. Where this instance cannot see every change, each
 * listing is read from GraphQL as it is asked for.
 */
export class LiveListing {
  /** Every task, oldest first (the listing order). */
  private rows: Row[] = [];
  /** Whether the rows must be read again, all of them (at first, and when events were lost). */
  private stale = true;
  private readonly byId = new Map<string, Row>();
  /** Tasks changed since they were read, and tasks removed since. */
  private changed = new Set<string>();
  private removed = new Set<string>();
  private updating?: Promise<void>;
  /** Tells this process's versions from an earlier one's in an ETag. */
  private readonly epoch = randomBytes(4).toString("hex");

  constructor(
    private readonly changes: TaskChanges,
    private readonly toContract: (row: RestDownloadFragment) => unknown,
  ) {
    changes.onChange((id, removed) => {
      if (id === undefined) this.stale = true;
      else if (!removed) this.changed.add(id);
      else {
        this.removed.add(id);
        this.changed.delete(id);
      }
    });
  }

  /**
   * The listing for `query`: its tasks' JSON, each an element of the answer's array, and its
   * ETag (none where changes are not all seen). `fresh` says whether a client's tag still holds.
   */
  async get(query: ListingQuery, reads: ListingReads, clientTag?: string): Promise<{ elements: string[]; etag?: string; fresh: boolean }> {
    const version = this.changes.version();
    if (version === undefined) return { elements: await this.readPage(query, reads), fresh: false };
    const etag = `W/"${this.epoch}-${version}-${shortHash(JSON.stringify(query))}"`;
    if (clientTag === etag) return { elements: [], etag, fresh: true };
    // A page of a listing far behind (a bulk change is under way): read just that page, as the rows would all be read again.
    if (query.limit != null && this.farBehind()) return { elements: await this.readPage(query, reads), etag, fresh: false };
    await this.upToDate(reads);
    return { elements: this.select(query).map((row) => row.json), etag, fresh: false };
  }

  /** The query's tasks' JSON read from GraphQL as they are now, without keeping them. */
  private async readPage(query: ListingQuery, reads: ListingReads): Promise<string[]> {
    return (await reads.all(query)).map(this.jsonOf);
  }

  private readonly jsonOf = (d: RestDownloadFragment): string => JSON.stringify(this.toContract(d));

  private readonly row = (d: RestDownloadFragment): Row => ({
    id: d.id,
    status: d.status,
    download_type: d.download_type,
    key: { createdAt: d.created_at, playlistIndex: d.playlist_index, id: d.id },
    json: this.jsonOf(d),
  });

  private select({ status, downloadType, limit, offset }: ListingQuery): Row[] {
    const wanted = this.rows.filter((row) => (!status?.length || status.includes(row.status)) && (!downloadType || row.download_type === downloadType));
    const from = offset ?? 0;
    return wanted.slice(from, limit == null ? undefined : from + limit);
  }

  /** Reads what changed before this call; a reading already under way may have started before some of it. */
  private async upToDate(reads: ListingReads): Promise<void> {
    await this.updating?.catch(() => undefined); // its failure is its own reader's to report
    if (!this.stale && this.changed.size === 0 && this.removed.size === 0) return;
    this.updating ??= this.update(reads).finally(() => (this.updating = undefined));
    await this.updating;
  }

  /** Whether bringing the rows up to date means reading them all. */
  private farBehind(): boolean {
    return this.stale || this.changed.size > REREAD_ALL_ABOVE;
  }

  private async update(reads: ListingReads): Promise<void> {
    this.dropRemoved();
    const ids = this.changed;
    const whole = this.farBehind();
    this.changed = new Set();
    this.stale = false;
    try {
      if (whole) return await this.readAll(reads);
      const read = await Promise.all([...ids].map(async (id) => [id, await reads.one(id)] as const));
      for (const [id, task] of read) this.replace(id, task ? this.row(task) : undefined);
    } catch (error) {
      if (whole) this.stale = true; // read again next time
      else for (const id of ids) this.changed.add(id);
      throw error;
    }
  }

  private async readAll(reads: ListingReads): Promise<void> {
    const rows = (await reads.all({})).map(this.row);
    this.byId.clear();
    for (const row of rows) this.byId.set(row.id, row);
    this.rows = rows;
  }

  /** Removed tasks leave without a read, all in one pass (a clear removes thousands). */
  private dropRemoved(): void {
    if (this.removed.size === 0) return;
    const removed = this.removed;
    this.removed = new Set();
    this.rows = this.rows.filter((row) => !removed.has(row.id));
    for (const id of removed) this.byId.delete(id);
  }

  /** Puts a task's new state in its place in the order; none: it is gone. */
  private replace(id: string, row: Row | undefined): void {
    const rows = this.rows;
    const old = this.byId.get(id);
    if (old) rows.splice(this.position(old), 1);
    if (!row) return void this.byId.delete(id);
    this.byId.set(id, row);
    rows.splice(this.position(row), 0, row);
  }

  /** Where `row` is, or would go, in the order (binary search). */
  private position(row: Row): number {
    const rows = this.rows;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareOldestFirst(rows[middle]!.key, row.key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** A few characters that tell texts apart in an ETag. */
export const shortHash = (text: string): string => createHash("sha1").update(text).digest("base64url").slice(0, 12);
