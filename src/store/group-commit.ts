/** At most this many writes share a transaction (PostgreSQL takes 65,535 values a statement). */
const GROUP_LIMIT = 500;

type Waiting<T> = { item: T; resolve(): void; reject(error: unknown): void };

/**
 * Group commit: writes that arrive together (in the same turn of the event loop, as a burst of
 * submissions does) share one transaction. Each caller's promise settles once that transaction
 * has committed, so an answer still means the row is stored. When the group fails, each write is
 * tried alone, so one bad row gets its own error and the others are stored.
 */
export class GroupCommit<T> {
  private waiting: Array<Waiting<T>> = [];

  constructor(private readonly writeAll: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.commit());
      this.waiting.push({ item, resolve, reject });
    });
  }

  private async commit(): Promise<void> {
    const group = this.waiting.splice(0, GROUP_LIMIT);
    if (this.waiting.length > 0) setImmediate(() => void this.commit());
    try {
      await this.writeAll(group.map(({ item }) => item));
      for (const { resolve } of group) resolve();
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const { item, resolve, reject } of group) await this.writeAll([item]).then(resolve, reject);
    }
  }
}
