import { randomBytes, randomUUID } from "node:crypto";
import { InputError, NotFoundError } from "../domain/errors.js";
import { checkEvents, checkNotifierUrl, isWebhook, parseList, shownUrl, type Delivery, type Notifier } from "../domain/notifier.js";
import type { NotifierEventType } from "../domain/vocabulary.js";
import type { NotifierStore } from "../store/notifiers.js";
import type { Deliverer } from "./deliverer.js";
import { payloadOf, type NotifierEvent } from "./messages.js";
import type { AppriseWorker } from "./apprise.js";
import type { Attempt, Sender } from "./send.js";

export type NotifierInput = {
  name?: string;
  url?: string;
  events?: NotifierEventType[];
  allowPrivateAddress?: boolean;
  presetIds?: string[];
  feedIds?: string[];
  enabled?: boolean;
};

/** Notifiers, and the outbox: each event a notifier wants becomes a delivery, stored before it is sent. */
export class NotifierService {
  /** Each Apprise URL as shown, by URL: Apprise reads it once. */
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly store: NotifierStore,
    private readonly deliverer: Deliverer,
    private readonly sender: Sender,
    private readonly apprise: AppriseWorker,
    /** Notifiers there may be at most (MAX_NOTIFIERS): each costs a delivery per event. */
    private readonly maxNotifiers: number,
  ) {}

  /** The URL with its secrets masked: a webhook's credentials and path tokens, an Apprise URL's as Apprise's own grammar marks them. */
  async shownUrl(notifier: Notifier): Promise<string> {
    if (isWebhook(notifier.url)) return shownUrl(notifier.url);
    return this.shown.get(notifier.url) ?? (await this.describe(notifier.url)).shown ?? shownUrl(notifier.url);
  }

  /** Apprise's reading of a URL, remembered when it is one Apprise can read. */
  private async describe(url: string): Promise<{ shown?: string; error?: string }> {
    const read = await this.apprise.describe(url);
    if (read.shown) {
      if (this.shown.size > 1000) this.shown.clear();
      this.shown.set(url, read.shown);
    }
    return read;
  }

  list(): Promise<Notifier[]> {
    return this.store.list();
  }

  get(id: string): Promise<Notifier | null> {
    return this.store.get(id);
  }

  async require(id: string): Promise<Notifier> {
    const notifier = await this.store.get(id);
    if (!notifier) throw new NotFoundError(`no notifier with id ${id}`);
    return notifier;
  }

  deliveries(notifierId: string, offset: number, limit: number): Promise<Delivery[]> {
    return this.store.deliveries(notifierId, offset, limit);
  }

  countDeliveries(notifierId: string): Promise<number> {
    return this.store.countDeliveries(notifierId);
  }

  /** A new notifier and its signing secret, which is shown this once. */
  async add(input: NotifierInput): Promise<{ notifier: Notifier; secret: string }> {
    const name = checkName(input.name ?? "");
    const url = await this.checkUrl(input.url ?? "");
    if ((await this.store.count()) >= this.maxNotifiers) {
      throw new InputError("url", `there are already ${this.maxNotifiers} notifiers (MAX_NOTIFIERS); remove one first`);
    }
    const secret = `whsec_${randomBytes(24).toString("base64")}`;
    const notifier = await this.store.create(randomUUID(), {
      name,
      url,
      secret,
      events: JSON.stringify(checkEvents(input.events)),
      presetIds: JSON.stringify(input.presetIds ?? []),
      feedIds: JSON.stringify(input.feedIds ?? []),
      allowPrivateAddress: input.allowPrivateAddress ?? false,
      enabled: true,
    });
    return { notifier, secret };
  }

  /** Changes a notifier; enabling it again clears its failures, and what waited is sent. */
  async update(id: string, input: NotifierInput): Promise<Notifier> {
    await this.require(id);
    const patch: Partial<Notifier> = {};
    if (input.name !== undefined) patch.name = checkName(input.name);
    if (input.url !== undefined) patch.url = await this.checkUrl(input.url);
    if (input.events !== undefined) patch.events = JSON.stringify(checkEvents(input.events));
    if (input.presetIds !== undefined) patch.presetIds = JSON.stringify(input.presetIds);
    if (input.feedIds !== undefined) patch.feedIds = JSON.stringify(input.feedIds);
    if (input.allowPrivateAddress !== undefined) patch.allowPrivateAddress = input.allowPrivateAddress;
    if (input.enabled !== undefined) Object.assign(patch, input.enabled ? { enabled: true, failures: 0, disabledReason: "" } : { enabled: false, disabledReason: "disabled by a person" });
    const updated = (await this.store.update(id, patch)) ?? (await this.require(id));
    this.deliverer.poke();
    return updated;
  }

  async remove(id: string): Promise<Notifier> {
    const notifier = await this.require(id);
    await this.store.delete(id);
    return notifier;
  }

  /** Sends a test message now, whether or not the notifier is enabled, and says how it went. */
  async test(id: string): Promise<Attempt> {
    const notifier = await this.require(id);
    const event: NotifierEvent = { type: "notifier.test", data: { notifier: { id: notifier.id, name: notifier.name } }, title: "Test", body: `Test from the download server (${notifier.name})` };
    return this.sender.send(notifier, { id: randomUUID(), payload: payloadOf(event) } as Delivery);
  }

  async redeliver(deliveryId: string): Promise<Delivery> {
    const delivery = await this.store.redeliver(deliveryId);
    if (!delivery) throw new NotFoundError(`no delivery with id ${deliveryId}`);
    this.deliverer.poke();
    return delivery;
  }

  /** Stores a delivery of `event` for every enabled notifier that wants it (its type, and its presets or feeds if it names some). */
  async notify(event: NotifierEvent): Promise<void> {
    const wanted = (await this.store.list()).filter((notifier) => {
      if (!notifier.enabled || event.type === "notifier.test" || !parseList(notifier.events).includes(event.type)) return false;
      const presets = parseList(notifier.presetIds);
      const feeds = parseList(notifier.feedIds);
      return (presets.length === 0 || (event.presetId != null && presets.includes(event.presetId))) && (feeds.length === 0 || (event.feedId != null && feeds.includes(event.feedId)));
    });
    const payload = payloadOf(event);
    await this.store.addDeliveries(wanted.map((notifier) => ({ id: `msg_${randomUUID()}`, notifierId: notifier.id, type: event.type, payload })));
    if (wanted.length) this.deliverer.poke();
  }

  /** A URL Apprise itself can read (so what is shown and guarded is what Apprise reaches), or a webhook. */
  private async checkUrl(url: string): Promise<string> {
    const checked = checkNotifierUrl(url);
    if (isWebhook(checked)) return checked;
    const { error } = await this.describe(checked); // its shown form is kept for the answer
    if (error) throw new InputError("url", error);
    return checked;
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new InputError("name", "must be 1 to 100 characters");
  return trimmed;
}
