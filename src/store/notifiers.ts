import type { Delivery, Notifier } from "../domain/notifier.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export type NotifierFields = Omit<Notifier, "id" | "createdAt" | "updatedAt" | "failures" | "disabledReason">;
export type NewDelivery = Pick<Delivery, "id" | "notifierId" | "type" | "payload">;

/**
 * Every statement on notifiers and their deliveries. A notifier's deliveries go out in order: only
 * its oldest pending one is ever claimed (with a lease, so of several instances one sends it).
 */
export class NotifierStore {
  constructor(private readonly prisma: PrismaClient) {}

  list(): Promise<Notifier[]> {
    return this.prisma.notifier.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  count(): Promise<number> {
    return this.prisma.notifier.count();
  }

  get(id: string): Promise<Notifier | null> {
    return this.prisma.notifier.findUnique({ where: { id } });
  }

  create(id: string, fields: NotifierFields): Promise<Notifier> {
    return this.prisma.notifier.create({ data: { id, ...fields } });
  }

  async update(id: string, patch: Partial<Omit<Notifier, "id" | "createdAt" | "updatedAt">>): Promise<Notifier | null> {
    const [row] = await this.prisma.notifier.updateManyAndReturn({ where: { id }, data: patch });
    return row ?? null;
  }

  async delete(id: string): Promise<boolean> {
    await this.prisma.delivery.deleteMany({ where: { notifierId: id } });
    return (await this.prisma.notifier.deleteMany({ where: { id } })).count > 0;
  }

  async addDeliveries(deliveries: NewDelivery[]): Promise<void> {
    if (deliveries.length) await this.prisma.delivery.createMany({ data: deliveries });
  }

  getDelivery(id: string): Promise<Delivery | null> {
    return this.prisma.delivery.findUnique({ where: { id } });
  }

  /** A page of a notifier's deliveries, newest first. */
  deliveries(notifierId: string, offset: number, limit: number): Promise<Delivery[]> {
    return this.prisma.delivery.findMany({ where: { notifierId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: offset, take: limit });
  }

  countDeliveries(notifierId: string): Promise<number> {
    return this.prisma.delivery.count({ where: { notifierId } });
  }

  /**
   * Each enabled notifier's oldest pending delivery, where that one is due and nobody holds it.
   * Two statements whatever the number of notifiers; with nothing pending, one that finds nothing.
   */
  async dueHeads(now: Date, leaseMs: number): Promise<Delivery[]> {
    const pending = await this.prisma.delivery.findMany({ where: { status: "pending" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], distinct: ["notifierId"] });
    if (pending.length === 0) return [];
    const enabled = new Set(
      (await this.prisma.notifier.findMany({ where: { enabled: true, id: { in: pending.map((d) => d.notifierId) } }, select: { id: true } })).map((n) => n.id),
    );
    const heads = pending.filter((d) => enabled.has(d.notifierId));
    const expired = new Date(now.getTime() - leaseMs);
    return heads.filter((d): d is Delivery => d !== null && d.nextAttemptAt <= now && (d.lockedBy === null || (d.lockedAt !== null && d.lockedAt < expired)));
  }

  /** Takes a delivery's lease if it is still free (or its lease expired); whether this instance got it. */
  async claim(id: string, instanceId: string, leaseMs: number): Promise<boolean> {
    const now = new Date();
    const { count } = await this.prisma.delivery.updateMany({
      where: { id, status: "pending", OR: [{ lockedBy: null }, { lockedAt: { lt: new Date(now.getTime() - leaseMs) } }] },
      data: { lockedBy: instanceId, lockedAt: now },
    });
    return count > 0;
  }

  async finishDelivery(id: string, patch: Partial<Delivery>): Promise<void> {
    await this.prisma.delivery.updateMany({ where: { id }, data: { ...patch, lockedBy: null, lockedAt: null } });
  }

  /** Queues a delivery again from its first attempt, with the same id (a receiver can tell it has it). */
  async redeliver(id: string): Promise<Delivery | null> {
    const [row] = await this.prisma.delivery.updateManyAndReturn({ where: { id }, data: { status: "pending", attempts: 0, nextAttemptAt: new Date(), lockedBy: null, lockedAt: null } });
    return row ?? null;
  }
}
