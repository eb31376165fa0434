import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { InputError } from "./errors.js";

/** Names that always mean this machine or a cloud metadata service, whatever DNS says. */
const INTERNAL_NAMES = /^(localhost|.+\.localhost|metadata\.google\.internal|metadata)$/i;

const LOOKUP_TIMEOUT_MS = 5000;

/**
 * Whether an address is globally routable. IPv4 inside IPv6 (mapped, 6to4, NAT64) is judged by
 * the IPv4 it carries, so `::ffff:10.0.0.1` and `64:ff9b::a00:1` are private like `10.0.0.1`.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.parse(address);
  if (ip.kind() === "ipv4") return ip.range() === "unicast";
  const v6 = ip as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  if (embedded) return isPublicAddress(embedded);
  return v6.range() === "unicast";
}

function embeddedIPv4(ip: ipaddr.IPv6): string | undefined {
  const range = ip.range();
  const bytes = ip.toByteArray();
  if (range === "ipv4Mapped" || range === "rfc6145" || range === "rfc6052") return bytes.slice(12, 16).join(".");
  if (range === "6to4") return bytes.slice(2, 6).join(".");
  return undefined;
}

/**
 * Refuses a URL whose host is internal: a reserved name, an address that is not global (in any
 * spelling: WHATWG URL parsing already turns `0x7f000001`, `2130706433` and `0` into dotted
 * form), or a name that resolves to one. A name that does not resolve is refused too.
 */
export async function checkPublicUrl(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  const refuse = (reason: string) => new InputError("url", `${reason}; private and internal addresses are refused (ALLOW_PRIVATE_ADDRESSES=true allows them)`);
  if (INTERNAL_NAMES.test(host)) throw refuse(`${host} is an internal name`);
  if (ipaddr.isValid(host)) {
    if (!isPublicAddress(host)) throw refuse(`${host} is not a public address`);
    return;
  }
  const addresses = await resolve(host);
  if (!addresses.length) throw new InputError("url", `the host ${host} does not resolve`);
  const internal = addresses.find((a) => !isPublicAddress(a));
  if (internal) throw refuse(`${host} resolves to ${internal}, which is not a public address`);
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
