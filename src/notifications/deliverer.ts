import { MAX_FAILURES, type Delivery, type Notifier } from "../domain/notifier.js";
import type { Logger } from "../ops/log.js";
import type { NotifierStore } from "../store/notifiers.js";
import type { Attempt, Sender } from "./send.js";

export type DeliveryTiming = {
  instanceId: string;
  /** The first wait before a failed delivery is tried again, doubling after each failure (NOTIFIER_BACKOFF_BASE_MS). */
  backoffBaseMs: number;
};

const DAY_MS = 86_400_000;
/** A delivery held longer than this (its instance died while sending) is sent by another. */
const LEASE_MS = 60_000;

/**
 * Sends deliveries: each notifier's oldest pending one, once due, claimed with a lease so one
 * instance sends it. A failure waits (the base, doubling, at most a day) and blocks the notifier's
 * later deliveries, so they arrive in order; MAX_FAILURES in a row disable the notifier, saying why.
 */
export class Deliverer {
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;

  constructor(
    private readonly store: NotifierStore,
    private readonly timing: DeliveryTiming,
    private readonly sender: Sender,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.poke(), Math.min(1000, Math.max(50, this.timing.backoffBaseMs / 2)));
    this.timer.unref();
    this.poke();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Looks for due deliveries now (a new one was just stored). */
  poke(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.round()
      .catch((error: Error) => this.log.warn({ error: error.message }, `notifications: ${error.message}; trying again`))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  private async round(): Promise<void> {
    for (;;) {
      const due = await this.store.dueHeads(new Date(), LEASE_MS);
      if (due.length === 0) return;
      const sent = await Promise.all(due.map((delivery) => this.deliver(delivery)));
      if (!sent.some(Boolean)) return; // all failed or taken: their waits decide the next round
    }
  }

  /** Whether it was delivered (the notifier's next one may go now). */
  private async deliver(delivery: Delivery): Promise<boolean> {
    if (!(await this.store.claim(delivery.id, this.timing.instanceId, LEASE_MS))) return false;
    const notifier = await this.store.get(delivery.notifierId);
    if (!notifier?.enabled) {
      await this.store.finishDelivery(delivery.id, {}); // waits until the notifier is enabled again
      return false;
    }
    const attempt = await this.sender.send(notifier, delivery);
    await this.record(notifier, delivery, attempt);
    return attempt.ok;
  }

  async record(notifier: Notifier, delivery: Delivery, attempt: Attempt): Promise<void> {
    const attempts = delivery.attempts + 1;
    if (attempt.ok) {
      await this.store.finishDelivery(delivery.id, { status: "delivered", attempts, deliveredAt: new Date(), lastStatusCode: attempt.statusCode ?? null, lastError: "" });
      if (notifier.failures > 0) await this.store.update(notifier.id, { failures: 0 });
      return;
    }
    const wait = Math.min(DAY_MS, this.timing.backoffBaseMs * 2 ** (attempts - 1));
    await this.store.finishDelivery(delivery.id, { attempts, nextAttemptAt: new Date(Date.now() + wait), lastStatusCode: attempt.statusCode ?? null, lastError: attempt.error ?? "" });
    const failures = notifier.failures + 1;
    const disabled = failures >= MAX_FAILURES;
    await this.store.update(notifier.id, { failures, ...(disabled ? { enabled: false, disabledReason: `disabled after ${failures} failed deliveries in a row; the last: ${attempt.error}` } : {}) });
    this.log.warn({ notifier: notifier.id, delivery: delivery.id, attempts, error: attempt.error }, `notification not delivered: ${attempt.error}${disabled ? "; notifier disabled" : ""}`);
  }
}
