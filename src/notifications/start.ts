import type { EventBus } from "../events/bus.js";
import type { FeedEvents } from "../feeds/events.js";
import type { Logger } from "../ops/log.js";
import type { NotifierStore } from "../store/notifiers.js";
import { AppriseWorker } from "./apprise.js";
import { Deliverer, type DeliveryTiming } from "./deliverer.js";
import { feedEvent, taskEvent, type NotifierEvent } from "./messages.js";
import { NotifierService } from "./notifiers.js";
import { Sender } from "./send.js";

export type NotificationSettings = DeliveryTiming & {
  /** Private addresses or networks notifiers may reach without allowPrivateAddress (ALLOW_ADDRESSES). */
  allowAddresses: string[];
  /** The Python that runs Apprise (PYTHON_PATH). */
  pythonPath: string;
  maxNotifiers: number;
  /** Desktop schemes an admin allows (ALLOW_NOTIFIER_SCHEMES). */
  localSchemes: string[];
};

/**
 * Notifications: what this instance did (a task's final outcome, a feed check) becomes deliveries
 * for the notifiers that want it, and the deliverer sends them. Each event is told by the one
 * instance it happened on, so each notifier gets it once. Returns the service and what stops it.
 */
export function startNotifications(store: NotifierStore, bus: EventBus, feeds: FeedEvents, settings: NotificationSettings, log: Logger) {
  const apprise = new AppriseWorker({ python: settings.pythonPath, allowAddresses: settings.allowAddresses, localSchemes: settings.localSchemes });
  const sender = new Sender(apprise, settings.allowAddresses);
  const deliverer = new Deliverer(store, settings, sender, log);
  const service = new NotifierService(store, deliverer, sender, apprise, settings.maxNotifiers);
  const notify = (event: NotifierEvent) =>
    void service.notify(event).catch((error: Error) => log.error({ err: error, type: event.type }, `a notification could not be stored: ${error.message}`));
  // A task waiting for an automatic retry is pending, not failed: only its final failure is told.
  const offTasks = bus.onOwn(({ kind, download }) => {
    if (kind === "status" && (download.status === "completed" || download.status === "error")) notify(taskEvent(download));
  });
  const offFeeds = feeds.on((event) => {
    if (event.kind === "failed") notify(feedEvent(event.feed, { error: event.error }));
    else if (event.check.queued > 0) notify(feedEvent(event.feed, { queued: event.check.queued }));
  });
  deliverer.start();
  return {
    service,
    stop() {
      offTasks();
      offFeeds();
      deliverer.stop();
      apprise.stop();
    },
  };
}
