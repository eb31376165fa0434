import { Redis } from "ioredis";

/** Handles one message on a channel. */
export type ChannelHandler = (message: string) => void;

/**
 * The Redis connections the instances talk through: one for commands and publishing, one held
 * by subscriptions (Redis allows nothing else on it). Both reconnect on their own and resubscribe.
 */
export class RedisLink {
  private readonly handlers = new Map<string, ChannelHandler>();

  private constructor(
    /** Starts every channel and key name, so deployments can share one Redis. */
    readonly prefix: string,
    readonly client: Redis,
    private readonly subscriber: Redis,
  ) {
    subscriber.on("message", (channel: string, message: string) => this.handlers.get(channel)?.(message));
  }

  /** Connects both, or fails at once (the server refuses to start without the Redis it was given). */
  static async open(url: string, prefix: string, onError: (error: Error) => void): Promise<RedisLink> {
    const connect = async () => {
      const redis = new Redis(url, { lazyConnect: true, retryStrategy: (attempt) => Math.min(attempt * 200, 2000) });
      let cause: Error | undefined; // ioredis rejects with "Connection is closed"; the socket's error says why
      redis.on("error", (error: Error) => (cause = error));
      await redis.connect().catch((error: Error) => {
        redis.disconnect();
        throw cause ?? error;
      });
      redis.removeAllListeners("error").on("error", onError);
      return redis;
    };
    const client = await connect();
    const subscriber = await connect().catch((error: Error) => {
      client.disconnect();
      throw error;
    });
    return new RedisLink(prefix, client, subscriber);
  }

  async subscribe(channel: string, handler: ChannelHandler): Promise<void> {
    this.handlers.set(channel, handler);
    await this.subscriber.subscribe(channel);
  }

  /**
   * Calls `down` when the first connection drops (messages published meanwhile never reach this
   * instance, and its own cannot get out) and `up` once both are back.
   */
  watchConnections(down: () => void, up: () => void): void {
    const lost = new Set<Redis>();
    for (const redis of [this.client, this.subscriber]) {
      redis.on("close", () => {
        if (lost.has(redis)) return;
        lost.add(redis);
        if (lost.size === 1) down();
      });
      redis.on("ready", () => {
        if (!lost.delete(redis)) return;
        if (lost.size === 0) up();
      });
    }
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    await Promise.all([this.client.quit(), this.subscriber.quit()]).catch(() => undefined);
  }
}
