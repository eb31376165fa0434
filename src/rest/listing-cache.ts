import { createHash, randomBytes } from "node:crypto";

/** How many listings (distinct query strings) are kept. */
const KEPT = 8;

/**
 * The listing's JSON while no task changed: clients that poll `GET /api/downloads` (what the
 * contract was made for) cost one GraphQL execution per change, not one per poll, and get an
 * ETag to ask with. `version` counts the changes this instance has seen (every task event, from
 * any instance); undefined when it cannot see them all, and nothing is kept.
 */
export class ListingCache {
  private readonly entries = new Map<string, { version: number; body: string; etag: string }>();
  /** Tells this process's versions from an earlier one's in an ETag. */
  private readonly epoch = randomBytes(4).toString("hex");

  constructor(private readonly version: () => number | undefined) {}

  /** The JSON for `key` (the query string), built by `build` unless no task changed since it was. */
  async get(key: string, build: () => Promise<unknown>): Promise<{ body: string; etag?: string }> {
    const version = this.version();
    if (version === undefined) return { body: JSON.stringify(await build()) };
    let entry = this.entries.get(key);
    if (entry?.version !== version) {
      // The version read before building: a change meanwhile rebuilds next time. The query is in the tag, as each query has its own body.
      entry = { version, body: JSON.stringify(await build()), etag: `W/"${this.epoch}-${version}-${shortHash(key)}"` };
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (this.entries.size > KEPT) this.entries.delete(this.entries.keys().next().value!);
    }
    return { body: entry.body, etag: entry.etag };
  }
}

/** A few characters that tell texts apart in an ETag. */
export const shortHash = (text: string): string => createHash("sha1").update(text).digest("base64url").slice(0, 12);
