import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { rootField, startTestServer, type TestServer } from "./helpers.js";

/** Issue #30's wrong results: a single video followed as a feed, a preset deleted from under its feeds, a batch's order. */
let fixture: FixtureServer;
let server: TestServer;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
  await fixture?.close();
});

type Outcome = { __typename: string; id?: string; message?: string; field?: string };

describe("following a single video as a feed", () => {
  it("is refused and writes nothing, neither in the working directory nor in the data folder", async () => {
    const before = new Set(await readdir(process.cwd()));
    const result = await rootField<Outcome>(
      server,
      `mutation($url: String!) { addFeed(input: { url: $url }) { __typename ... on Error { message } ... on InvalidInputError { field } } }`,
      { url: fixture.url("/page.html?title=single") },
    );
    expect(result).toMatchObject({ __typename: "InvalidInputError", field: "url" });
    expect(result.message).toMatch(/lists no entries/);
    expect((await readdir(process.cwd())).filter((name) => !before.has(name))).toEqual([]);
    expect(await readdir(server.config.downloadDir)).toEqual([]);
  });
});

describe("deleting what others refer to", () => {
  const createPreset = (name: string, isDefault = false) =>
    rootField<Outcome>(server, `mutation($name: String!, $d: Boolean) { createPreset(input: { name: $name, downloadType: AUDIO, isDefault: $d }) { __typename ... on Preset { id } } }`, { name, d: isDefault });
  const deletePreset = (id: string) => rootField<Outcome>(server, `mutation($id: ID!) { deletePreset(id: $id) { __typename ... on Error { message } } }`, { id });

  it("a preset a feed or a notifier uses is not deleted: a ConflictError names them; the feed keeps working", async () => {
    const preset = await createPreset("Podcasts");
    const feed = await rootField<Outcome>(server, `mutation($url: String!, $p: ID!) { addFeed(input: { url: $url, presetId: $p, title: "Evening news" }) { __typename ... on Feed { id } ... on Error { message } } }`, { url: fixture.url("/feed.rss?n=2&refs"), p: preset.id });
    expect(feed.__typename).toBe("Feed");
    const refused = await deletePreset(preset.id!);
    expect(refused).toMatchObject({ __typename: "ConflictError" });
    expect(refused.message).toMatch(/preset "Podcasts" is used by feed "Evening news"/);
    const check = await rootField<Outcome>(server, `mutation($id: ID!) { checkFeed(id: $id) { __typename ... on Error { message } } }`, { id: feed.id });
    expect(check.__typename).toBe("CheckFeedPayload");

    const notifier = await rootField<{ notifier: { id: string } }>(server, `mutation($f: ID!) { addNotifier(input: { name: "Phone", url: "json://127.0.0.1:9/x", feedIds: [$f], allowPrivateAddress: true }) { ... on AddNotifierPayload { notifier { id } } } }`, { f: feed.id });
    const feedRefused = await rootField<Outcome>(server, `mutation($id: ID!) { removeFeed(id: $id, removeDownloads: true) { __typename ... on Error { message } } }`, { id: feed.id });
    expect(feedRefused.__typename).toBe("ConflictError");
    expect(feedRefused.message).toMatch(/feed "Evening news" is used by notifier "Phone"/);
    await rootField(server, `mutation($id: ID!) { removeNotifier(id: $id) { __typename } }`, { id: notifier.notifier.id });
    expect((await rootField<Outcome>(server, `mutation($id: ID!) { removeFeed(id: $id) { __typename } }`, { id: feed.id })).__typename).toBe("Feed");
    expect((await deletePreset(preset.id!)).__typename).toBe("Preset");
  });

  it("the default preset is not deleted while it is the default", async () => {
    const preset = await createPreset("Default audio", true);
    const refused = await deletePreset(preset.id!);
    expect(refused.__typename).toBe("ConflictError");
    expect(refused.message).toMatch(/is the default/);
  });
});

describe("a batch", () => {
  it("keeps the order it was sent in, in the queue and in both orders of every listing", async () => {
    await rootField(server, `mutation { pauseQueue { __typename } }`);
    const urls = Array.from({ length: 12 }, (_, i) => fixture.url(`/clip.mp4?batch=${i}`));
    const added = await rootField<{ downloads: Array<{ id: string; url: string }> }>(
      server,
      `mutation($inputs: [AddDownloadInput!]!) { addDownloads(inputs: $inputs) { ... on AddDownloadsPayload { downloads { id url } } } }`,
      { inputs: urls.map((url) => ({ url })) },
    );
    expect(added.downloads.map((d) => d.url)).toEqual(urls);
    const listed = (order: string) => rootField<Array<{ url: string }>>(server, `{ downloads(order: ${order}) { url } }`);
    expect((await listed("OLDEST_FIRST")).map((d) => d.url).filter((url) => url.includes("batch="))).toEqual(urls);
    expect((await listed("NEWEST_FIRST")).map((d) => d.url).filter((url) => url.includes("batch="))).toEqual([...urls].reverse());
    const rest = (await (await fetch(`${server.url}/api/downloads`)).json()) as Array<{ url: string }>;
    expect(rest.map((d) => d.url).filter((url) => url.includes("batch="))).toEqual(urls);
    await rootField(server, `mutation { resumeQueue { __typename } }`);
  });
});
