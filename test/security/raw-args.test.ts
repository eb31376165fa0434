import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "./server.js";

/** Finding 3: raw yt-dlp arguments (ALLOW_YTDLP_ARGS=true) that moved files or retried without end. */
const PYTHON_DIR = path.resolve("src/engine/python");

it("classifies every option of the installed yt-dlp as allowed or refused", async () => {
  const script = [
    "import sys, json",
    `sys.path.insert(0, ${JSON.stringify(PYTHON_DIR)})`,
    "import raw_args",
    "from yt_dlp.options import create_parser",
    "dests = {o.dest for o in create_parser()._get_all_options() if o.dest}",
    "print(json.dumps({'unclassified': sorted(dests - raw_args.ALLOWED - raw_args.REFUSED), 'both': sorted(raw_args.ALLOWED & raw_args.REFUSED)}))",
  ].join("\n");
  const { stdout } = await promisify(execFile)("/usr/bin/python3", ["-s", "-E", "-c", script]);
  expect(JSON.parse(stdout)).toEqual({ unclassified: [], both: [] });
});

describe("with ALLOW_YTDLP_ARGS=true", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ALLOW_YTDLP_ARGS: "true" });
  });
  afterAll(() => server?.close());

  it.each([
    [["--parse-metadata", "title:%(filepath)s"], /--parse-metadata/],
    [["--replace-in-metadata", "filepath", ".*", "/tmp/x"], /--replace-in-metadata/],
    [["--retries", "infinite", "--retry-sleep", "0"], /retries|retry-sleep/],
    [["--retry-sleep", "0"], /more than 0 seconds/],
    [["--fragment-retries", "1000"], /at most 100/],
    [["--add-header", "Cookie: session=x"], /--add-header/],
  ])("refuses %j before anything runs", async (args, reason) => {
    const { body } = await server.gql(
      `mutation($input: AddDownloadInput!) { addDownload(input: $input) { __typename ... on Error { message } } }`,
      { input: { url: "http://127.0.0.1:9/clip.mp4", options: { ytdlpArgs: args } } },
    );
    const result = body.data!.addDownload as { __typename: string; message: string };
    expect(result.__typename).toBe("InvalidInputError");
    expect(result.message).toMatch(reason);
  });

  it("still takes harmless ones", async () => {
    const { body } = await server.gql(
      `mutation($input: AddDownloadInput!) { addDownload(input: $input) { __typename } }`,
      { input: { url: "http://127.0.0.1:9/clip.mp4", options: { ytdlpArgs: ["--retries", "3", "--retry-sleep", "exp=1:20", "--limit-rate", "1M"] } } },
    );
    expect((body.data!.addDownload as { __typename: string }).__typename).toBe("AddDownloadPayload");
  });
});
