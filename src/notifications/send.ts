import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { Webhook } from "standardwebhooks";
import { isWebhook, type Delivery, type Notifier } from "../domain/notifier.js";
import { guardedLookup, isPermitted } from "../security/url-guard.js";
import type { AppriseWorker } from "./apprise.js";

/** What an attempt came to: sent (a 2xx), or why not. Never the notifier's URL or secret. */
export type Attempt = { ok: boolean; statusCode?: number; error?: string };

const TIMEOUT_MS = 10_000;
const PRIVATE_HINT = "(addNotifier with allowPrivateAddress: true reaches private addresses)";

/**
 * Sends deliveries: a signed POST for a webhook, the Apprise worker for anything else. Both check
 * the address of every connection when it is made (a name that resolved to a public address when
 * the notifier was saved may not any more), unless the notifier allows private addresses.
 */
export class Sender {
  constructor(
    private readonly apprise: AppriseWorker,
    private readonly allowAddresses: string[],
  ) {}

  send(notifier: Notifier, delivery: Delivery): Promise<Attempt> {
    if (!isWebhook(notifier.url)) {
      const { title, body } = JSON.parse(delivery.payload) as { title: string; body: string };
      return this.apprise.send(notifier.url, title, body, notifier.allowPrivateAddress);
    }
    return this.webhook(notifier, delivery);
  }

  /** A POST signed as Standard Webhooks says; redirects are not followed (they could lead past the guard). */
  private webhook(notifier: Notifier, delivery: Delivery): Promise<Attempt> {
    const at = new Date();
    const signature = new Webhook(notifier.secret).sign(delivery.id, at, delivery.payload);
    const url = new URL(notifier.url);
    const headers = {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(delivery.payload)),
      "webhook-id": delivery.id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": signature,
    };
    const lookup = notifier.allowPrivateAddress ? undefined : guardedLookup(this.allowAddresses);
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (lookup && isIP(literal) && !isPermitted(literal, this.allowAddresses)) {
      return Promise.resolve({ ok: false, error: `${literal} is not a public address; refused ${PRIVATE_HINT}` });
    }
    return new Promise<Attempt>((resolve) => {
      const request = (url.protocol === "https:" ? https : http).request(url, { method: "POST", headers, lookup, timeout: TIMEOUT_MS, agent: false }, (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        res.once("end", () => resolve(status >= 200 && status < 300 ? { ok: true, statusCode: status } : { ok: false, statusCode: status, error: `the receiver answered ${status}` }));
        res.once("error", () => resolve({ ok: false, statusCode: status, error: "the answer was cut off" }));
      });
      request.once("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
      request.once("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "TIMEOUT") return resolve({ ok: false, error: `no answer within ${TIMEOUT_MS / 1000} s` });
        if (error.code === "EPRIVATE") return resolve({ ok: false, error: `${error.message} ${PRIVATE_HINT}` });
        resolve({ ok: false, error: `could not connect${error.code ? ` (${error.code})` : ""}` });
      });
      request.end(delivery.payload);
    });
  }
}
