import { compareNewestFirst } from "../../src/domain/order.js";
import { connect, moveStoredToken, request, Unauthenticated } from "./api.js";
import { Events, Tasks } from "./documents.js";
import type { WebEventsSubscription, WebTaskFragment } from "./gql/graphql.js";

export type Task = WebTaskFragment;
type Event = WebEventsSubscription["downloadEvents"];
/** ok, or why the page must ask for a token first. */
export type Auth = "checking" | "ok" | "needed" | "refused";
export type State = { tasks: Task[]; online: boolean; auth: Auth; qualities: { video: string[]; audio: string[] }; loaded: boolean };

/** As many tasks per request as the server's complexity limit allows with every field the page shows. */
const PAGE_SIZE = 5000;
/** graphql-ws closes with 4403 when the token is refused. */
const FORBIDDEN = 4403;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Every task, kept live: the list is read once, then each event of `downloadEvents` is applied.
 * After a lost connection it resubscribes from the last event's cursor, so the server replays
 * what was missed; without a cursor (or when it expired) it reads the list again.
 */
export class TaskStore {
  private tasks = new Map<string, Task>();
  private state: State = { tasks: [], online: false, auth: "checking", qualities: { video: [], audio: [] }, loaded: false };
  private listeners = new Set<(state: State) => void>();
  private frame = 0;
  private cursor: string | undefined;
  private running = false;

  get current(): State {
    return this.state;
  }

  /**
   * Calls `listener` with the state now, then on each change: the page subscribes after its first
   * paint, and a connection made before that (fast on a reload) must not leave it "Connecting…".
   */
  listen(listener: (state: State) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Keeps the list live until the page closes or the server wants a token; call again with a new token. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.update({ auth: "checking" });
    await moveStoredToken();
    for (let attempt = 0; ; attempt++) {
      if (await this.session()) attempt = 0;
      if (this.state.auth === "needed" || this.state.auth === "refused") break;
      await sleep(Math.min(500 * 2 ** attempt, 5000));
    }
    this.running = false;
  }

  /** One connection: resolves when it closes, true if it had connected. */
  private session(): Promise<boolean> {
    return new Promise((resolve) => {
      let connected = false;
      const resuming = this.cursor !== undefined;
      const held: Event[] = []; // events that arrive before the list does
      let listed = resuming;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        this.update({ online: false });
        client.dispose();
        resolve(connected);
      };
      const client = connect({
        connected: () => {
          connected = true;
          this.update({ online: true, auth: "ok" });
        },
        closed: (code) => {
          if (code === FORBIDDEN) this.unauthenticated();
          end();
        },
      });
      client.subscribe<WebEventsSubscription>(
        { query: Events.toString(), variables: { after: this.cursor ?? null } },
        {
          next: ({ data }) => {
            if (!data) return;
            this.cursor = data.downloadEvents.cursor;
            if (listed) this.apply(data.downloadEvents);
            else held.push(data.downloadEvents);
          },
          error: (error) => {
            if (Array.isArray(error) && error.some((e) => e.extensions?.code === "CURSOR_EXPIRED")) this.cursor = undefined;
            end();
          },
          complete: end,
        },
      );
      if (!resuming) {
        this.readAll()
          .then(() => {
            listed = true;
            for (const event of held) this.apply(event);
            this.update({ loaded: true });
          })
          .catch((error) => {
            if (error instanceof Unauthenticated) this.unauthenticated();
            end();
          });
      }
    });
  }

  private async readAll(): Promise<void> {
    const all = new Map<string, Task>();
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const { downloads, video, audio } = await request(Tasks, { offset, limit: PAGE_SIZE });
      if (offset === 0) this.update({ qualities: { video, audio } });
      for (const task of downloads) all.set(task.id, task);
      if (downloads.length < PAGE_SIZE) break;
    }
    this.tasks = all;
  }

  /** The server wants this browser signed in. */
  private unauthenticated(): void {
    this.update({ auth: "needed" });
  }

  /** The token given to sign in was refused. */
  refused(): void {
    this.update({ auth: "refused" });
  }

  /** Events carry the whole task; an older copy (a tick that crossed the list read) never replaces a newer one. */
  private apply(event: Event): void {
    const task = event.download;
    const known = this.tasks.get(task.id);
    if (event.__typename === "DownloadRemoved") this.tasks.delete(task.id);
    else if (!known || known.updatedAt <= task.updatedAt) this.tasks.set(task.id, task);
    this.update({});
  }

  private update(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.state = { ...this.state, tasks: [...this.tasks.values()].sort(compareNewestFirst) };
      for (const listener of this.listeners) listener(this.state);
    });
  }
}

