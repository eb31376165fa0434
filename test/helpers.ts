import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { inject } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { loadConfig, type Config } from "../src/config.js";
import { freePort } from "./fixtures/free-port.js";
import { createDatabase } from "./fixtures/postgres.js";

export type TestServer = RunningApp & {
  config: Config;
  /** Runs a typed GraphQL document over real HTTP; throws on GraphQL errors. */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /** Raw GraphQL over HTTP, for asserting on errors. */
  gqlRaw(query: string, variables?: unknown): Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  ws(): Client;
  stop(): Promise<void>;
};

type Failure = { __typename: string; code: string; message: string };

/** A mutation's success branch; a typed failure (an Error in its result union) fails the test with its message. */
export function ok<T extends { __typename?: string }>(result: T): Exclude<T, Failure> {
  if ("code" in result) throw new Error(`${result.__typename}: ${(result as unknown as Failure).message}`);
  return result as Exclude<T, Failure>;
}

/** Runs a query or mutation over HTTP; the value of its one root field (GraphQL errors are thrown). */
export async function rootField<T>(on: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await on.gqlRaw(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data as Record<string, unknown>)[0] as T;
}

/** Debian's Chromium for playwright-core; the flags keep it from reaching for hosts these machines cannot reach. */
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

/** The fixture server is on 127.0.0.1, which the address guard refuses by default. */
export const FIXTURE_ENV = { ALLOW_PRIVATE_ADDRESSES: "true" };

/** Starts the real server on a random port with its own data folder and SQLite file. */
export async function startTestServer(env: Record<string, string> = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "mds-test-")));
  // The postgresql project runs the same files with each server on a database of its own, its
  // events through Redis (under a prefix of its own) as with several instances.
  const postgres = process.env.VITEST ? inject("postgresUrl") : undefined; // benchmarks use these helpers too
  const database =
    postgres && !dataDir
      ? { DATABASE_URL: await createDatabase(postgres), REDIS_URL: inject("redisUrl"), REDIS_PREFIX: `test-${path.basename(dir)}` }
      : {};
  const config = loadConfig({ DATA_DIR: dir, PORT: "0", LOG_LEVEL: "error", ...FIXTURE_ENV, ...database, ...env });
  const app = await startApp(config);
  const clients: Client[] = [];
  const gqlRaw: TestServer["gqlRaw"] = async (query, variables) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Awaited<ReturnType<TestServer["gqlRaw"]>>;
  };
  return {
    ...app,
    config,
    gqlRaw,
    async gql(document, variables) {
      const result = await gqlRaw(print(document), variables);
      if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
    ws() {
      const client = createClient({
        url: `${app.url.replace(/^http/, "ws")}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.close();
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every process in a process group (a task's yt-dlp and whatever it started). */
export async function processesInGroup(pgid: number): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((p) => /^\d+$/.test(p));
  const stats = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/stat`, "utf8").catch(() => "")));
  return pids.filter((_, i) => Number(stats[i]!.split(") ")[1]?.split(" ")[2]) === pgid).map(Number);
}

/** Polls `check` until it returns a value (not undefined/false) or the time runs out. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 30_000, intervalMs = 100, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Subscribes with a real graphql-ws client and collects every payload until `until` holds. */
export function collect<R>(
  client: Client,
  document: TypedDocumentNode<R, Record<string, unknown>> | TypedDocumentNode<R, never>,
  variables: Record<string, unknown>,
  until: (events: R[]) => boolean,
  timeoutMs = 45_000,
): Promise<R[]> {
  const events: R[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`subscription timed out after ${events.length} events`));
    }, timeoutMs);
    const dispose = client.subscribe<R>(
      { query: print(document), variables },
      {
        next: (result) => {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          events.push(result.data as R);
          if (until(events)) {
            clearTimeout(timer);
            dispose();
            resolve(events);
          }
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => reject(new Error("subscription ended early")),
      },
    );
  });
}

/** Prints a measured figure (how long a recovery took) for the closing note and the log; never asserted. */
export const figure = (what: string, ms: number) => console.info(`figure: ${what}: ${Math.round(ms)} ms`);

export const FINAL = ["COMPLETED", "ERROR", "CANCELLED"];

/** The server from source; benchmarks pass COMPILED to measure what `npm start` runs. */
export const FROM_SOURCE = ["--import", "tsx", "src/main.ts"];
export const COMPILED = ["dist/main.js"];

/** Starts the real server as its own process (`node --import tsx src/main.ts`), as a user would. */
export async function spawnServerProcess(env: Record<string, string>, entry = FROM_SOURCE): Promise<{ child: ChildProcess; port: number; output(): string }> {
  const port = await freePort();
  const child = spawn(process.execPath, entry, {
    env: { ...process.env, ...FIXTURE_ENV, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = ""; // its log from the first line, for tests that read what it said while starting
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes("Download server on")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, port, output: () => output };
}
