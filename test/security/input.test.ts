import { lookup } from "node:dns/promises";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "../../src/security/url-guard.js";
import { ADD, startServerProcess, type ServerProcess } from "./server.js";

let server: ServerProcess;
const HOSTNAME_RESOLVES = (await lookup(os.hostname()).catch(() => undefined)) !== undefined;

beforeAll(async () => {
  server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "false" });
});
afterAll(() => server?.close());

/** Every spelling of an internal address we know of; each must be refused at the edge. */
const INTERNAL_URLS = [
  "http://127.0.0.1:3000/api/downloads",
  "http://127.1/",
  "http://0x7f000001/",
  "http://2130706433/",
  "http://017700000001/",
  "http://0x7f.0.0.1/",
  "http://0/",
  "http://0.0.0.0:8080/",
  "http://localhost/",
  "http://LOCALHOST./",
  "http://foo.localhost/",
  "http://metadata.google.internal/computeMetadata/v1/",
  "http://169.254.169.254/latest/meta-data/",
  "http://10.0.0.1/",
  "http://172.16.5.4/",
  "http://192.168.1.1/",
  "http://100.64.0.1/",
  "http://224.0.0.1/",
  "http://255.255.255.255/",
  "http://192.0.2.10/",
  "https://[::1]/",
  "http://[::]/",
  "http://[fe80::1]/",
  "http://[fd00::1]/",
  "http://[ff02::1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:a00:1]/",
  "http://[64:ff9b::a9fe:a9fe]/",
  "http://[2002:c0a8:101::1]/",
  "http://does-not-resolve.invalid/",
];

async function post(body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(`${server.base}/api/downloads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

describe("address guard (on by default)", () => {
  it.each(INTERNAL_URLS)("refuses %s with 400 naming url", async (url) => {
    const { status, text } = await post({ url });
    expect(status).toBe(400);
    expect(JSON.parse(text).error.message).toMatch(/^url: .*(not a public address|internal name|does not resolve)/);
  });

  // The machine's own name resolves through /etc/hosts to a loopback address on Debian.
  it.skipIf(!HOSTNAME_RESOLVES)("refuses a name that resolves to this machine", async () => {
    const { status, text } = await post({ url: `http://${os.hostname()}/` });
    expect(status).toBe(400);
    expect(text).toMatch(/not a public address/);
  });

  it("refuses them over GraphQL too, and stores none of them", async () => {
    const { body } = await server.gql(`mutation { addDownload(input: { url: "http://0x7f000001/" }) { ... on InvalidInputError { code field } } }`);
    expect(body.data!.addDownload).toMatchObject({ code: "BAD_USER_INPUT", field: "url" });
    const { downloads } = (await server.gql(`{ downloads { id } }`)).body.data as { downloads: unknown[] };
    expect(downloads).toEqual([]);
  });
});

describe("isPublicAddress", () => {
  it("accepts global unicast only", () => {
    for (const ok of ["8.8.8.8", "93.184.215.14", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]) expect(isPublicAddress(ok), ok).toBe(true);
    for (const bad of ["127.0.0.1", "10.1.2.3", "fc00::1", "2001:db8::1", "2001::1", "::ffff:0:a00:1", "not-an-ip"]) expect(isPublicAddress(bad), bad).toBe(false);
  });
});

describe("input hygiene", () => {
  it("answers 400 naming url, never 500, for a lone surrogate", async () => {
    const { status, text } = await post('{"url": "http://example.com/\\ud800"}');
    expect(status).toBe(400);
    expect(JSON.parse(text).error.message).toMatch(/^url: .*surrogate/);
  });

  it("answers 400 for NUL and other control characters", async () => {
    for (const url of ["http://example.com/a\u0000b", "http://example.com/\u001b[31m", "http://example.com/a\u007f"]) {
      const { status, text } = await post({ url });
      expect(status, JSON.stringify(url)).toBe(400);
      expect(JSON.parse(text).error.message).toMatch(/^url: .*control character/);
    }
  });

  it("refuses credentials in a URL without echoing them", async () => {
    const { status, text } = await post({ url: "http://admin:hunter2@example.com/video" });
    expect(status).toBe(400);
    expect(text).toMatch(/url: must not contain a user name or password/);
    expect(text).not.toMatch(/hunter2|admin/);
    const graphql = await server.gql(ADD, { url: "http://admin:hunter2@example.com/" });
    expect(graphql.body.data!.addDownload).toMatchObject({ code: "BAD_USER_INPUT", message: "url: must not contain a user name or password" });
    expect(JSON.stringify(graphql.body)).not.toMatch(/hunter2/);
  });
});
