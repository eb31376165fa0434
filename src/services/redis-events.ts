import type { RedisLink } from "../redis.js";
import { reviveDownload, type DownloadChange, type DownloadEvent, type EventBus, type Relay } from "./events.js";

/**
 * Numbers an event and publishes it in one atomic step, so every instance receives every event
 * in number order. The floor (the highest number the sender has seen) keeps numbers increasing
 * even if Redis lost its counter. %d keeps Lua from printing a large number in exponent form.
 */
const PUBLISH_NUMBERED = `
local seq = redis.call('INCR', KEYS[1])
local floor = tonumber(ARGV[2])
if seq <= floor then
  seq = floor + 1
  redis.call('SET', KEYS[1], string.format('%d', seq))
end
redis.call('PUBLISH', KEYS[2], string.format('%d', seq) .. ' ' .. ARGV[1])
return string.format('%d', seq)`;

/** A change, or the news that an instance's changes were lost while it could not reach Redis. */
type Wire = (DownloadChange & { origin: string; at: string }) | { kind: "lost"; origin: string };

/** Task events through Redis pub/sub: each instance's changes reach the subscribers of every instance, in one order. */
export class RedisEvents implements Relay {
  private readonly sequenceKey: string;
  private readonly channel: string;
  /** Some change of this instance never reached Redis: the others hear so once it is back. */
  private lostSome = false;

  constructor(
    private readonly redis: RedisLink,
    private readonly bus: EventBus,
    private readonly instanceId: string,
    private readonly onError: (error: Error) => void,
  ) {
    this.sequenceKey = `${redis.prefix}:event-seq`;
    this.channel = `${redis.prefix}:events`;
  }

  /**
   * Listens, then routes the bus's changes through Redis. While a connection is down, events may
   * be lost: the bus is interrupted when it drops and again when it is back (subscribers read
   * again), and if some of this instance's changes never got out, every instance is told.
   */
  async start(): Promise<void> {
    await this.redis.subscribe(this.channel, (message) => this.receive(message));
    this.redis.watchConnections(
      () => this.bus.interrupt(),
      () => {
        this.bus.interrupt();
        if (this.lostSome) this.publish({ kind: "lost", origin: this.instanceId });
        this.lostSome = false;
      },
    );
    this.bus.relayThrough(this);
  }

  send(change: DownloadChange): void {
    this.publish({ ...change, origin: this.instanceId, at: new Date().toISOString() });
  }

  private publish(message: Wire): void {
    this.redis.client.eval(PUBLISH_NUMBERED, 2, this.sequenceKey, this.channel, JSON.stringify(message), String(this.bus.log.lastSeq)).catch((error: Error) => {
      this.lostSome = true;
      this.onError(error);
    });
  }

  private receive(message: string): void {
    const space = message.indexOf(" ");
    const { origin, ...wire } = JSON.parse(message.slice(space + 1)) as Wire;
    if (wire.kind === "lost") return this.bus.interrupt();
    const event = { ...wire, download: reviveDownload(wire.download), at: new Date(wire.at), seq: Number(message.slice(0, space)) } as DownloadEvent;
    this.bus.receive(event, origin === this.instanceId);
  }
}
