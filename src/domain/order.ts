/**
 * The one listing order: oldest first is (createdAt, playlistIndex, id), a unique key, so paging
 * neither skips nor repeats tasks created in the same millisecond; newest first is exactly its
 * reverse. The store sorts by the same key in SQL; the web page sorts with these. Imports nothing.
 */
export type OrderKey = { createdAt: Date | string; playlistIndex: number; id: string };

const time = (at: Date | string) => (typeof at === "string" ? Date.parse(at) : at.getTime());

export const compareOldestFirst = (a: OrderKey, b: OrderKey): number =>
  time(a.createdAt) - time(b.createdAt) || a.playlistIndex - b.playlistIndex || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const compareNewestFirst = (a: OrderKey, b: OrderKey): number => compareOldestFirst(b, a);

/** The largest page a listing gives (limit, first). */
export const MAX_PAGE_SIZE = 10_000;

/** The key's columns, in order, as the store's SQL sorts by them. */
export const ORDER_COLUMNS = ["createdAt", "playlistIndex", "id"] as const;
