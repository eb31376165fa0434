import { lookup as lookupCallback, type LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { InputError } from "../domain/errors.js";

/** Names that always mean this machine or a cloud metadata service, whatever DNS says. */
const INTERNAL_NAMES = /^(localhost|.+\.localhost|metadata\.google\.internal|metadata)$/i;

const LOOKUP_TIMEOUT_MS = 5000;

/** What tasks may fetch: the config's two settings (ALLOW_PRIVATE_ADDRESSES, ALLOW_ADDRESSES). */
export type AddressPolicy = { allowPrivateAddresses: boolean; allowAddresses: string[] };

/** Global by the registries, internal in practice: Azure's WireServer answers only inside Azure. */
const INTERNAL_V4 = [ipaddr.parseCIDR("168.63.129.16/32")];
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");
const LOCAL_NAT64 = ipaddr.parseCIDR("64:ff9b:1::/48");

/**
 * Whether an address is globally routable. IPv4 inside IPv6 (mapped, compatible, 6to4, NAT64) is
 * judged by the IPv4 it carries, so `::ffff:10.0.0.1` and `64:ff9b::a00:1` are private like
 * `10.0.0.1`. The same rules as python/url_guard.py, which checks every connection of a run.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.parse(address);
  if (ip.kind() === "ipv4") return ip.range() === "unicast" && !INTERNAL_V4.some((net) => ip.match(net));
  const v6 = ip as ipaddr.IPv6;
  if (v6.match(LOCAL_NAT64)) return false;
  const embedded = embeddedIPv4(v6);
  if (embedded) return isPublicAddress(embedded);
  return v6.range() === "unicast";
}

function embeddedIPv4(ip: ipaddr.IPv6): string | undefined {
  const range = ip.range();
  const bytes = ip.toByteArray();
  if (range === "ipv4Mapped" || range === "rfc6145" || range === "rfc6052") return bytes.slice(12, 16).join(".");
  if (range === "6to4") return bytes.slice(2, 6).join(".");
  if (range === "unicast" && ip.match(IPV4_COMPATIBLE)) return bytes.slice(12, 16).join(".");
  return undefined;
}

/** An address ALLOW_ADDRESSES lets through although it is not public (a NAS at home). */
function isAllowed(address: string, allowed: string[]): boolean {
  const ip = ipaddr.process(address);
  return allowed.some((entry) => {
    const [net, bits] = entry.includes("/") ? ipaddr.parseCIDR(entry) : [ipaddr.process(entry), undefined];
    return net.kind() === ip.kind() && ip.match(net, bits ?? (ip.kind() === "ipv4" ? 32 : 128));
  });
}

/**
 * Refuses a URL whose host is internal: a reserved name, an address that is not global (in any
 * spelling: WHATWG URL parsing already turns `0x7f000001`, `2130706433` and `0` into dotted
 * form), or a name that resolves to one; `allowed` (ALLOW_ADDRESSES) lets some through. A name
 * that does not resolve is refused too, in the same words: a refusal never tells what a name
 * resolved to, so the server is no oracle for internal DNS.
 */
export async function checkPublicUrl(url: string, allowed: string[] = []): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  const refuse = (reason: string) => new InputError("url", `${reason}; private and internal addresses are refused (ALLOW_PRIVATE_ADDRESSES=true allows them)`);
  const permitted = (address: string) => isPermitted(address, allowed);
  if (INTERNAL_NAMES.test(host)) throw refuse(`${host} is an internal name`);
  if (ipaddr.isValid(host)) {
    if (!permitted(host)) throw refuse(`${host} is not a public address`);
    return;
  }
  const addresses = await resolve(host);
  if (!addresses.length || !addresses.every(permitted)) throw refuse(`the host ${host} is not a public address, or does not resolve`);
}

async function resolve(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never[]>((resolve) => (timer = setTimeout(() => resolve([]), LOOKUP_TIMEOUT_MS)));
  const found = lookup(host, { all: true, verbatim: true }).then(
    (entries) => entries.map((e) => e.address),
    () => [],
  );
  return Promise.race([found, timeout]).finally(() => clearTimeout(timer));
}

/** Whether a connection to `address` is let through: public, or allowed by ALLOW_ADDRESSES. */
export const isPermitted = (address: string, allowed: string[]) => isPublicAddress(address) || isAllowed(address, allowed);

/**
 * A `lookup` for node:http that checks every address a name resolves to when the connection is
 * made (so a name that changes its answer after a check is still refused), and a literal address
 * as it is (net skips lookup for those, so it is checked here before). Refusals have code EPRIVATE.
 */
export function guardedLookup(allowed: string[]): LookupFunction {
  const refusal = (what: string) => Object.assign(new Error(`${what} is not a public address; refused`), { code: "EPRIVATE" });
  return ((host: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    lookupCallback(host, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      if (!list.length || !list.every((entry) => isPermitted(entry.address, allowed))) return callback(refusal(`the host ${host}`), []);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  }) as LookupFunction;
}
