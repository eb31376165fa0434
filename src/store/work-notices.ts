import pg from "pg";

/** The channel the migration's trigger notifies (prisma/migrations-postgresql/…_work_notices). */
const CHANNEL = "mds_work";
/** Wait before connecting again after the listening connection dropped (a PostgreSQL restart). */
const RECONNECT_MS = 1000;

/**
 * PostgreSQL's LISTEN for claimable tasks, on a connection of its own (a pooled one may be
 * handed back at any time), connected again whenever it drops. On each (re)connect the
 * listeners are told too: what was added while nobody listened is claimable now.
 */
export class WorkNotices {
  private readonly listeners = new Set<() => void>();
  private client?: pg.Client;
  private stopped = false;
  private readonly listening: Promise<void>;

  constructor(private readonly connectionString: string) {
    this.listening = this.listen();
  }

  onWork(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    await this.listening;
  }

  /** Listens until stopped: one connection at a time, never throwing. */
  private async listen(): Promise<void> {
    while (!this.stopped) {
      const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5000 });
      client.on("error", () => undefined); // the connection ends after it: connected again below
      const ended = new Promise((resolve) => client.once("end", resolve));
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        if (this.stopped) throw new Error("stopped meanwhile");
        this.client = client;
        client.on("notification", () => this.tell());
        this.tell();
        await ended;
      } catch {
        await client.end().catch(() => undefined);
      }
      this.client = undefined;
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS).unref());
    }
  }

  private tell(): void {
    if (this.stopped) return;
    for (const listener of this.listeners) listener();
  }
}
