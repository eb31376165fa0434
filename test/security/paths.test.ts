import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { FINAL, waitFor } from "../helpers.js";
import { startServerProcess, type ServerProcess } from "./server.js";

/**
 * Finding 1 and 2: a folder template or a title is data, never an environment expansion, and a
 * run writes nothing outside the data folders. The server runs with a HOME of its own, so the
 * attack's target (a user site-packages folder Python reads at start) is this test's to inspect.
 */
const SECRET = "tok-7c1d9e-never-shown";
/** What the planted .pth writes when a Python that reads the user site starts. */
let ranMarker = "";
let home = "";
let outside = "";
let markerDir = "";
let fixture: FixtureServer;
let evil: Server;
let evilBase = "";

/** Prisma's telemetry keeps a signature under HOME/.cache: the server's own, not a download's. */
const written = async (dir: string) => (await walk(dir)).filter((file) => !file.includes(`${path.sep}checkpoint-nodejs${path.sep}`));
const walk = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
};

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "mds-home-"));
  outside = await mkdtemp(path.join(os.tmpdir(), "mds-outside-"));
  markerDir = await mkdtemp(path.join(os.tmpdir(), "mds-marker-"));
  ranMarker = path.join(markerDir, "pth-ran");
  fixture = await startFixtureServer();
  // A page whose only subtitle track is a Python path file.
  evil = createServer((req, res) => {
    if (req.url?.startsWith("/evil.pth")) return void res.writeHead(200, { "content-type": "text/plain" }).end(`import os; open(${JSON.stringify(ranMarker)}, "w").write("ran")\n`);
    res.writeHead(200, { "content-type": "text/html" }).end(`<!doctype html><html><head><meta property="og:title" content="Evil"></head>
<body><video src="${fixture.url("/clip.mp4")}"><track kind="subtitles" src="/evil.pth" srclang="en" label="English"></video></body></html>`);
  });
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
  evilBase = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
});
afterAll(async () => {
  evil?.closeAllConnections();
  await new Promise((resolve) => evil?.close(resolve));
  await fixture?.close();
  await Promise.all([home, outside, markerDir].map((dir) => dir && rm(dir, { recursive: true, force: true })));
});

type Task = { id: string; status: string; errorMessage: string | null; files: Array<{ name: string }> };
const TASK = "id status errorMessage files { name }";

describe.each(["warm", "fresh"])("ENGINE=%s", (engine) => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ENGINE: engine, HOME: home, RT3_OUT: outside, SECRET_VAR: SECRET });
  });
  afterAll(() => server?.close());

  const add = async (input: Record<string, unknown>): Promise<Task[]> => {
    const { body } = await server.gql(
      `mutation($input: AddDownloadInput!) { addDownload(input: $input) { ... on AddDownloadPayload { downloads { ${TASK} } } ... on Error { message } } }`,
      { input },
    );
    const result = body.data!.addDownload as { downloads?: Task[]; message?: string };
    if (!result.downloads) throw new Error(result.message);
    return result.downloads;
  };
  const finished = (id: string) =>
    waitFor(async () => {
      const task = (await server.gql(`query($id: ID!) { download(id: $id) { ${TASK} } }`, { id })).body.data!.download as Task;
      return FINAL.includes(task.status) ? task : undefined;
    }, { timeoutMs: 60_000, what: `task ${id}` });

  it("a $HOME folder with a .pth subtitle: nothing lands under HOME, the subtitle is not written, and no Python the server starts runs a .pth there", async () => {
    const [task] = await add({ url: `${evilBase}/page.html`, options: { folder: "$HOME/.local/lib/python3.11/site-packages", subtitles: { languages: ["en"] } } });
    const done = await finished(task!.id);
    expect(await written(home)).toEqual([]);
    expect((await walk(server.dataDir)).filter((f) => f.endsWith(".pth"))).toEqual([]);
    expect(done.status).toBe("COMPLETED");
    expect(done.files[0]!.name.startsWith("$HOME/.local/")).toBe(true); // a literal folder inside the download folder

    // Were a .pth in the user site anyway, no Python the server starts reads it: not the engine, not Apprise.
    const site = path.join(home, ".local", "lib");
    try {
      await plantAndRun(site);
    } finally {
      await rm(path.join(home, ".local"), { recursive: true, force: true });
    }
  });

  async function plantAndRun(site: string) {
    for (const version of ["python3.11", "python3.12", "python3.13"]) {
      await mkdir(path.join(site, version, "site-packages"), { recursive: true });
      await writeFile(path.join(site, version, "site-packages", "planted.pth"), `import os; open(${JSON.stringify(ranMarker)}, "w").write("ran")\n`);
    }
    const [next] = await add({ url: fixture.url("/clip.mp4") });
    expect((await finished(next!.id)).status).toBe("COMPLETED");
    const notifier = await server.gql(`mutation { addNotifier(input: { name: "n", url: "json://127.0.0.1:9/x", allowPrivateAddress: true }) { ... on AddNotifierPayload { notifier { id } } } }`);
    const id = (notifier.body.data!.addNotifier as { notifier: { id: string } }).notifier.id;
    await server.gql(`mutation($id: ID!) { testNotifier(id: $id) { __typename } }`, { id });
    expect(existsSync(ranMarker)).toBe(false);
  }

  it.each(["$RT3_OUT/x", "${RT3_OUT}", "%RT3_OUT%/x", "~/x"])("folder %s is a literal folder inside the download folder", async (folder) => {
    const [task] = await add({ url: fixture.url("/clip.mp4"), options: { folder } }).catch((error: Error) => [{ refused: error.message } as never]);
    if ("refused" in (task as object)) return; // refused at the edge is as good as literal
    const done = await finished(task!.id);
    expect(await written(outside)).toEqual([]);
    expect(await written(home)).toEqual([]);
    if (done.status === "COMPLETED") expect(done.files[0]!.name.startsWith(`${folder.replace(/^~/, "_")}/`) || done.files[0]!.name.startsWith(folder)).toBe(true);
  });

  it("folder $SECRET_VAR and a feed entry titled ${SECRET_VAR} never show the variable's value", async () => {
    const [direct] = await add({ url: fixture.url("/clip.mp4"), options: { folder: "$SECRET_VAR" } });
    const feed = fixture.feed(`titles-${engine}`);
    feed.add({ title: "${SECRET_VAR} and $SECRET_VAR" });
    const [listed] = await add({ url: feed.url });
    await finished(listed!.id);
    const entries = await waitFor(async () => {
      const all = (await server.gql(`{ downloads { ${TASK} } }`)).body.data!.downloads as Task[];
      const ended = all.filter((t) => t.id !== direct!.id && t.id !== listed!.id && FINAL.includes(t.status));
      return ended.length > 0 ? ended : undefined;
    }, { timeoutMs: 60_000, what: "the feed's entry" });
    const shown = JSON.stringify([await finished(direct!.id), ...entries]);
    expect(shown).not.toContain(SECRET);
    expect(shown).toContain("$SECRET_VAR");
    expect(JSON.stringify(await walk(server.dataDir))).not.toContain(SECRET);
  });
});
