import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { FINAL, rootField, startTestServer, waitFor, type TestServer } from "./helpers.js";
import { jsonBody, rest } from "./openapi.js";

/** Notifiers: signed webhooks to a receiver on loopback, retried and in order; Apprise to a json:// receiver. */

type Received = { headers: IncomingMessage["headers"]; body: string };

/** A receiver that answers `failFirst` requests with 503, then 200; every request kept. */
async function startReceiver(failFirst = 0) {
  const requests: Received[] = [];
  let failures = failFirst;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      requests.push({ headers: req.headers, body });
      if (failures > 0) {
        failures -= 1;
        return void res.writeHead(503).end();
      }
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(async () => {
  await fixture?.close();
});

type Created = { secret: string; notifier: { id: string; url: string } };
const addNotifier = (on: TestServer, input: Record<string, unknown>) =>
  rootField<Created & { message?: string; field?: string }>(on, `mutation($input: AddNotifierInput!) { addNotifier(input: $input) { ... on AddNotifierPayload { secret notifier { id url } } ... on Error { message } ... on InvalidInputError { field } } }`, { input });
const addTask = async (on: TestServer, url: string) => (await rootField<{ downloads: Array<{ id: string }> }>(on, `mutation($url: String!) { addDownload(input: { url: $url }) { ... on AddDownloadPayload { downloads { id } } } }`, { url })).downloads[0]!.id;
const finished = (on: TestServer, id: string) => waitFor(async () => FINAL.includes((await rootField<{ status: string }>(on, `query($id: ID!) { download(id: $id) { status } }`, { id })).status), { what: "the task" });

describe("notifiers", () => {
  it("deliver signed webhooks at least once, in order, through 503s and a restart", async () => {
    const receiver = await startReceiver(2);
    const dir = await mkdtemp(path.join(os.tmpdir(), "mds-notify-"));
    const env = { NOTIFIER_BACKOFF_BASE_MS: "300", AUTO_RETRY_ATTEMPTS: "1" };
    let server = await startTestServer(env, dir);
    try {
      const { secret } = await addNotifier(server, { name: "hook", url: `${receiver.url}/hook`, allowPrivateAddress: true, events: ["DOWNLOAD_COMPLETED", "DOWNLOAD_FAILED"] });
      expect(secret).toMatch(/^whsec_/);
      const ok = await addTask(server, fixture.url("/clip.mp4?notify"));
      await finished(server, ok);
      const failed = await addTask(server, fixture.url("/missing.mp4?notify"));
      await finished(server, failed);
      // The first delivery was refused twice; restart while it waits for its next attempt.
      await waitFor(() => receiver.requests.length >= 1, { what: "a first attempt" });
      await server.stop();
      server = await startTestServer(env, dir);
      await waitFor(() => new Set(receiver.requests.filter((r) => r.headers["webhook-id"]).map((r) => r.headers["webhook-id"])).size >= 2 && receiver.requests.length >= 4, { what: "both deliveries", timeoutMs: 20_000 });
      const verifier = new Webhook(secret);
      const accepted = receiver.requests.slice(2); // the first two got 503
      const events = accepted.map((r) => verifier.verify(r.body, { "webhook-id": String(r.headers["webhook-id"]), "webhook-timestamp": String(r.headers["webhook-timestamp"]), "webhook-signature": String(r.headers["webhook-signature"]) }) as { type: string; data: { id: string } });
      expect(events.map((e) => [e.type, e.data.id])).toEqual([["download.completed", ok], ["download.failed", failed]]);
      expect(receiver.requests[0]!.headers["webhook-id"]).toBe(receiver.requests[2]!.headers["webhook-id"]); // one delivery, retried
      const { deliveries } = await rootField<{ deliveries: { edges: Array<{ node: { status: string; attempts: number; statusCode: number | null } }> } }>(server, `{ notifiers { deliveries(first: 10) { edges { node { status attempts statusCode } } } } }`).then((list) => (list as unknown as Array<{ deliveries: never }>)[0]!);
      expect((deliveries as { edges: Array<{ node: { status: string; attempts: number } }> }).edges.map((e) => e.node)).toEqual([
        { status: "DELIVERED", attempts: 1, statusCode: 200 },
        { status: "DELIVERED", attempts: 3, statusCode: 200 },
      ]);
    } finally {
      await server.stop();
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a private address without allowPrivateAddress, never shows the secret or credentials, and disables itself after 10 failures", async () => {
    const receiver = await startReceiver(1000);
    const server = await startTestServer({ NOTIFIER_BACKOFF_BASE_MS: "10" });
    try {
      const created = await addNotifier(server, { name: "private", url: `http://user:hunter2@127.0.0.1:${new URL(receiver.url).port}/hook?token=t0k3n` });
      const test = await rootField<{ ok: boolean; error: string }>(server, `mutation($id: ID!) { testNotifier(id: $id) { ... on TestNotifierPayload { ok error } } }`, { id: created.notifier.id });
      expect(test).toMatchObject({ ok: false, error: expect.stringMatching(/allowPrivateAddress/) });
      expect(receiver.requests).toHaveLength(0);
      const listed = JSON.stringify(await server.gqlRaw(`{ notifiers { id url name } }`));
      for (const secret of ["hunter2", "t0k3n", created.secret]) expect(listed).not.toContain(secret);
      expect(created.notifier.url).not.toContain("hunter2");

      const failing = await addNotifier(server, { name: "failing", url: `${receiver.url}/hook`, allowPrivateAddress: true });
      await addTask(server, fixture.url("/missing.mp4?disable"));
      for (let i = 0; i < 12; i++) await addTask(server, fixture.url(`/missing.mp4?disable-${i}`));
      const disabled = await waitFor(async () => ((n) => !n.enabled && n)(await rootField<{ enabled: boolean; disabledReason: string }>(server, `query($id: ID!) { notifier(id: $id) { enabled disabledReason } }`, { id: failing.notifier.id })), { what: "the notifier to be disabled" });
      expect(disabled.disabledReason).toMatch(/10 failed deliveries/);
      expect(await rootField(server, `mutation($id: ID!) { testNotifier(id: $id) { ... on TestNotifierPayload { ok error } } }`, { id: failing.notifier.id })).toMatchObject({ ok: false, error: expect.stringMatching(/503/) });
    } finally {
      await server.stop();
      await receiver.close();
    }
  });

  it("sends Apprise's human message to a json:// receiver", async () => {
    const receiver = await startReceiver(0);
    const server = await startTestServer();
    try {
      await addNotifier(server, { name: "apprise", url: `json://127.0.0.1:${new URL(receiver.url).port}/apprise`, allowPrivateAddress: true, events: ["DOWNLOAD_COMPLETED"] });
      await finished(server, await addTask(server, fixture.url("/clip.mp4?apprise")));
      await waitFor(() => receiver.requests.length > 0, { what: "Apprise's message" });
      const message = JSON.parse(receiver.requests[0]!.body) as { title: string; message: string };
      expect(message.message).toMatch(/^Finished: clip/);
    } finally {
      await server.stop();
      await receiver.close();
    }
  });

  it("works over REST as the OpenAPI document says", async () => {
    const receiver = await startReceiver(0);
    const server = await startTestServer();
    try {
      const created = await rest(server.url, "/api/notifiers", jsonBody({ name: "rest", url: `${receiver.url}/rest`, events: ["download.completed"], allow_private_address: true }));
      expect(created.status).toBe(201);
      const notifier = created.body as { id: string; secret: string; events: string[] };
      expect(notifier).toMatchObject({ events: ["download.completed"], secret: expect.stringMatching(/^whsec_/) });
      expect((await rest(server.url, "/api/notifiers", jsonBody({ name: "bad", url: "https://x.example/", events: ["nope"] }))).status).toBe(400);
      expect((await rest(server.url, `/api/notifiers/${notifier.id}/test`, { method: "POST" })).body).toMatchObject({ ok: true, status_code: 200 });
      const listed = await rest(server.url, "/api/notifiers");
      expect(JSON.stringify(listed.body)).not.toContain(notifier.secret);
      await finished(server, await addTask(server, fixture.url("/clip.mp4?rest-notify")));
      await waitFor(async () => ((await rest(server.url, `/api/notifiers/${notifier.id}`)).body as { deliveries: Array<{ status: string }> }).deliveries.some((d) => d.status === "delivered"), { what: "a delivery" });
      expect((await rest(server.url, `/api/notifiers/${notifier.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ enabled: false }) })).body).toMatchObject({ enabled: false, disabled_reason: "disabled by a person" });
      expect((await rest(server.url, `/api/notifiers/${notifier.id}`, { method: "DELETE" })).status).toBe(204);
    } finally {
      await server.stop();
      await receiver.close();
    }
  });
});
