import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { spawnServerProcess } from "../helpers.js";

export type GraphqlResult = { status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };

export type ServerProcess = {
  base: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** What it has logged so far. */
  output(): string;
  /** GraphQL over HTTP as a JSON POST, with extra headers. */
  gql(query: string, variables?: unknown, headers?: Record<string, string>): Promise<GraphqlResult>;
  close(): Promise<void>;
};

/** The real server as its own process (`node --import tsx src/main.ts`) with its own data folder. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-sec-"));
  const { child, port, output } = await spawnServerProcess({ DATA_DIR: dataDir, ...env });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    dataDir,
    child,
    output,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphqlResult["body"] };
    },
    async close() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const ADD = `mutation($url: String!) { addDownload(input: { url: $url }) { ... on AddDownloadPayload { downloads { id status } } ... on Error { code message } } }`;
export const TASK = `query($id: ID!) { download(id: $id) { id status filename fileUrl thumbnailUrl } }`;
