import { execFile } from "node:child_process";
import { Webhook } from "standardwebhooks";
import { isWebhook, type Delivery, type Notifier } from "../domain/notifier.js";
import { checkPublicUrl } from "../security/url-guard.js";

/** What an attempt came to: sent (a 2xx), or why not. Never the notifier's URL or secret. */
export type Attempt = { ok: boolean; statusCode?: number; error?: string };

const TIMEOUT_MS = 10_000;
/** Apprise schemes that name a host of their own (self-hosted targets the address guard must see). */
const HOSTED = /^(json|jsons|xml|xmls|form|forms|gotify|gotifys|ntfy|ntfys|apprise|apprises)$/i;

/** Sends one delivery: a signed POST for a webhook, Apprise's CLI for anything else. */
export async function send(notifier: Notifier, delivery: Delivery, guard: string[]): Promise<Attempt> {
  const refused = await guarded(notifier, guard);
  if (refused) return { ok: false, error: refused };
  return isWebhook(notifier.url) ? webhook(notifier, delivery) : apprise(notifier, delivery);
}

/** The address guard for the target, unless the notifier was created with allowPrivateAddress. */
async function guarded(notifier: Notifier, allowAddresses: string[]): Promise<string | undefined> {
  if (notifier.allowPrivateAddress) return undefined;
  const [, scheme, rest] = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(notifier.url) ?? [];
  if (!scheme || (!isWebhook(notifier.url) && !HOSTED.test(scheme))) return undefined;
  const host = (rest ?? "").replace(/^[^@/]*@/, "").split(/[/?#]/)[0]!;
  const url = isWebhook(notifier.url) ? notifier.url : `http://${host}/`;
  return checkPublicUrl(url, allowAddresses).then(
    () => undefined,
    (error: Error) => `${error.message.replace(/^url: /, "")} (addNotifier with allowPrivateAddress: true reaches private addresses)`,
  );
}

/** A POST signed as Standard Webhooks says; redirects are not followed (they could lead past the guard). */
async function webhook(notifier: Notifier, delivery: Delivery): Promise<Attempt> {
  const at = new Date();
  const signature = new Webhook(notifier.secret).sign(delivery.id, at, delivery.payload);
  try {
    const res = await fetch(notifier.url, {
      method: "POST",
      headers: { "content-type": "application/json", "webhook-id": delivery.id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature },
      body: delivery.payload,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? { ok: true, statusCode: res.status } : { ok: false, statusCode: res.status, error: `the receiver answered ${res.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: (error as Error).name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : `could not connect${cause ? ` (${cause})` : ""}` };
  }
}

/** Apprise's CLI with the human message; its output is not passed on (it may echo the URL's tokens). */
function apprise(notifier: Notifier, delivery: Delivery): Promise<Attempt> {
  const { title, body } = JSON.parse(delivery.payload) as { title: string; body: string };
  return new Promise((resolve) => {
    execFile("apprise", ["-t", title, "-b", body, "--", notifier.url], { timeout: TIMEOUT_MS }, (error) =>
      resolve(error ? { ok: false, error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "Apprise is not installed (apt-get install apprise)" : "Apprise could not deliver it" } : { ok: true }),
    );
  });
}

