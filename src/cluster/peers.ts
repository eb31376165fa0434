import { randomUUID } from "node:crypto";
import type { RedisLink } from "./redis-link.js";

type Message = { type: "stop"; requestId: string; from: string; taskId: string } | { type: "stopped"; requestId: string };

/** How long an instance may take to stop a task's processes before the asker stops waiting. */
const ANSWER_MS = 15_000;

/**
 * Requests between instances over Redis: each listens on a channel of its own, so a command
 * sent to any instance reaches the one that runs the task, and its answer comes back.
 */
export class Peers {
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly redis: RedisLink,
    private readonly instanceId: string,
  ) {}

  /** Answers other instances' requests to stop a task with `stopTask`. */
  async start(stopTask: (taskId: string) => Promise<unknown>): Promise<void> {
    await this.redis.subscribe(this.channelOf(this.instanceId), (raw) => {
      const message = JSON.parse(raw) as Message;
      if (message.type === "stopped") this.waiting.get(message.requestId)?.();
      else void stopTask(message.taskId).catch(() => undefined).finally(() => this.send(message.from, { type: "stopped", requestId: message.requestId }));
    });
  }

  /**
   * Asks `owner` to stop its processes of a task; resolves true once they are gone, false when
   * no instance of that name listens (it died) or it did not answer in time.
   */
  async stop(owner: string, taskId: string): Promise<boolean> {
    const requestId = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ANSWER_MS);
      this.waiting.set(requestId, () => resolve(true));
    });
    try {
      const listeners = await this.send(owner, { type: "stop", requestId, from: this.instanceId, taskId });
      return listeners > 0 && (await answered);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(requestId);
    }
  }

  /** Throws when Redis does not answer within a second or two. */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("no answer within 2 s")), 2000)));
    await Promise.race([this.redis.ping(), late]).finally(() => clearTimeout(timer));
  }

  private channelOf(instanceId: string): string {
    return `${this.redis.prefix}:instance:${instanceId}`;
  }

  private send(to: string, message: Message): Promise<number> {
    return this.redis.client.publish(this.channelOf(to), JSON.stringify(message)).catch(() => 0);
  }
}
