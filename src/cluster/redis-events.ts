import type { RedisLink } from "./redis-link.js";
import { reviveDownload, type DownloadChange, type DownloadEvent, type EventBus, type Relay } from "../events/bus.js";

/**
 * Numbers an event and publishes it in one atomic step, so every instance receives every event
 * in number order, each with the number of the one before it (a receiver that lacks that one
 * missed some). The floor (the highest number the sender has seen) keeps numbers increasing
 * even if Redis lost its counter. %d keeps Lua from printing a large number in exponent form.
 */
const PUBLISH_NUMBERED = `
local seq = redis.call('INCR', KEYS[1])
local previous = seq - 1
local floor = tonumber(ARGV[2])
if seq <= floor then
  seq = floor + 1
  redis.call('SET', KEYS[1], string.format('%d', seq))
end
redis.call('PUBLISH', KEYS[2], string.format('%d %d ', seq, previous) .. ARGV[1])
return string.format('%d', seq)`;

/**
 * A change (`shown` when its origin delivered it itself while Redis was away), or the news that
 * an instance's changes were lost while it could not reach Redis.
 */
type Wire = (DownloadChange & { origin: string; at: string; shown?: true }) | { kind: "lost"; origin: string };
type Change = Exclude<Wire, { kind: "lost" }>;

/** Changes kept while Redis is away; past this many, the oldest are lost and every instance is told. */
const UNSENT_KEPT = 10_000;
/** Event numbers remembered as received, to fill gaps without delivering anything twice. */
const RECEIVED_KEPT = 50_000;
/**
 * How long events are held back after a gap while the event table is read for what pub/sub did
 * not bring (an event's origin writes it within a flush, 250 ms, of receiving it), and when the
 * table is read once more for changes sent on late after an outage.
 */
const HOLD_MS = 1000;
const LATE_FILL_MS = 5000;
const FILL_LIMIT = 5000;

/** The client with the command defined in the constructor. */
type PublishNumbered = { publishNumbered(sequenceKey: string, channel: string, message: string, floor: string): Promise<string> };

export type StoredEvents = (after: number, limit: number) => Promise<DownloadEvent[]>;

/**
 * Task events through Redis pub/sub: each instance's changes reach the subscribers of every
 * instance, in one order. While Redis is away, an instance delivers its own changes to its own
 * subscribers and sends them on once Redis is back; whatever pub/sub missed meanwhile (a gap in
 * the numbers, or the outage itself) is filled from the event table, which every instance writes.
 */
export class RedisEvents implements Relay {
  private readonly sequenceKey: string;
  private readonly channel: string;
  private online = true;
  private unsent: Change[] = [];
  /** Some change of this instance never reached Redis: the others hear so once it is back. */
  private lostSome = false;
  /** The highest number received through Redis (or issued when this instance started listening). */
  private lastReceived = 0;
  private readonly received = new Set<number>();
  /** This instance's changes Redis numbered but whose message has not come back yet. */
  private readonly awaiting = new Map<number, Change>();
  /** Events received after a gap, delivered with what filled it, in number order. */
  private held?: Array<[seq: number, wire: Change]>;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly redis: RedisLink,
    private readonly bus: EventBus,
    private readonly instanceId: string,
    private readonly stored: StoredEvents,
    private readonly onError: (error: Error) => void,
  ) {
    this.sequenceKey = `${redis.prefix}:event-seq`;
    this.channel = `${redis.prefix}:events`;
    // Sent to Redis once and then run by its hash (EVALSHA), not sent whole with every event.
    redis.client.defineCommand("publishNumbered", { numberOfKeys: 2, lua: PUBLISH_NUMBERED });
  }

  /** Listens, then routes the bus's changes through Redis. */
  async start(): Promise<void> {
    await this.redis.subscribe(this.channel, (message) => this.receive(message));
    this.lastReceived = Number((await this.redis.client.get(this.sequenceKey)) ?? 0); // what came before is not ours to fill
    this.redis.watchConnections(
      () => (this.online = false),
      () => this.reconnected(),
    );
    this.bus.relayThrough(this);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  send(change: DownloadChange): void {
    const wire: Change = { ...change, origin: this.instanceId, at: new Date().toISOString() };
    if (this.online) return this.publish(wire);
    this.bus.deliverHere(change);
    this.keepUnsent({ ...wire, shown: true });
  }

  private publish(wire: Wire): void {
    const client = this.redis.client as unknown as PublishNumbered;
    client.publishNumbered(this.sequenceKey, this.channel, JSON.stringify(wire), String(this.bus.log.lastSeq)).then(
      (numbered) => {
        const seq = Number(numbered);
        if (wire.kind === "lost" || this.received.has(seq)) return;
        if (wire.shown) return this.takeWire(wire, seq); // shown here already: logged now, so the others' gap filling finds it soon
        this.awaiting.set(seq, wire);
        if (this.awaiting.size > RECEIVED_KEPT) this.awaiting.delete(this.awaiting.keys().next().value!);
      },
      (error: Error) => {
        this.onError(error);
        if (wire.kind === "lost") return void (this.lostSome = true);
        if (!wire.shown) this.bus.deliverHere(wire);
        this.keepUnsent({ ...wire, shown: true });
      },
    );
  }

  private keepUnsent(wire: Change): void {
    this.unsent.push(wire);
    if (this.unsent.length <= UNSENT_KEPT) return;
    this.unsent.shift();
    this.lostSome = true;
  }

  /** Sends on what waited, then looks for what pub/sub missed meanwhile. */
  private reconnected(): void {
    this.online = true;
    if (this.lostSome) this.publish({ kind: "lost", origin: this.instanceId });
    this.lostSome = false;
    for (const wire of this.unsent.splice(0)) this.publish(wire);
    this.bus.log.lose(); // late changes come out of number order: a cursor from before cannot be trusted
    const since = this.lastReceived;
    this.holdBack(since);
    this.later(LATE_FILL_MS, () => this.fill(since, false));
  }

  private receive(message: string): void {
    const [seq, previous] = message.split(" ", 2).map(Number) as [number, number];
    const wire = JSON.parse(message.slice(message.indexOf(" ", message.indexOf(" ") + 1) + 1)) as Wire;
    if (wire.kind === "lost") return this.bus.interrupt();
    if (!this.held && previous > this.lastReceived) this.holdBack(this.lastReceived);
    this.lastReceived = Math.max(this.lastReceived, seq);
    if (this.held) this.held.push([seq, wire]);
    else this.takeWire(wire, seq);
  }

  private takeWire({ origin, shown, ...change }: Change, seq: number): void {
    const event = { ...change, download: reviveDownload(change.download), at: new Date(change.at), seq } as DownloadEvent;
    const own = origin === this.instanceId;
    this.take(event, own, own && shown === true);
  }

  /** Delivers an event once, whichever way it came. */
  private take(event: DownloadEvent, own: boolean, shownAlready: boolean): void {
    if (this.received.has(event.seq)) return;
    this.received.add(event.seq);
    if (this.received.size > RECEIVED_KEPT) this.received.delete(this.received.values().next().value!);
    this.awaiting.delete(event.seq);
    this.bus.receive(event, own, shownAlready);
  }

  /** Holds what arrives for a moment, then delivers it together with the missed events after `seq`. */
  private holdBack(seq: number): void {
    this.held ??= [];
    this.later(HOLD_MS, () => this.fill(seq, true));
  }

  private later(ms: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run().catch((error: Error) => this.onError(error));
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  /**
   * Delivers, in number order, the events after `after` that pub/sub did not bring: this
   * instance's own (nobody else logs them) and the table's, with the held ones if `release`.
   */
  private async fill(after: number, release: boolean): Promise<void> {
    const logged = await this.stored(after, FILL_LIMIT).catch((error: Error) => {
      this.onError(error);
      return [];
    });
    const held = release ? (this.held ?? []) : [];
    if (release) this.held = undefined;
    const own = [...this.awaiting].filter(([seq]) => seq > after);
    const missed = [
      ...[...own, ...held].map(([seq, wire]) => ({ seq, take: () => this.takeWire(wire, seq) })),
      ...logged.filter((event) => !this.awaiting.has(event.seq)).map((event) => ({ seq: event.seq, take: () => this.take(event, false, false) })),
    ].filter(({ seq }) => !this.received.has(seq));
    for (const { take } of missed.sort((a, b) => a.seq - b.seq)) take();
    if (!release && missed.length) this.bus.log.lose();
  }
}
