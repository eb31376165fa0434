import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestCancelDownloadMutation } from "../src/gql/graphql.js";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, CancelDownload, CancelGroup, GetDownload, RemoveDownload, RetryDownload } from "./documents.js";
import { ok, startTestServer, waitFor, type TestServer } from "./helpers.js";

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

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

/** What a typed client does: switch on __typename; the `never` makes a new union member a compile error. */
function outcome(result: TestCancelDownloadMutation["cancelDownload"]): string {
  switch (result.__typename) {
    case "Download":
      return `cancelled: ${result.status}`;
    case "NotFoundError":
      return `gone: ${result.message}`;
    case "ConflictError":
      return `too late: ${result.message}`;
    default: {
      const unhandled: never = result;
      return unhandled;
    }
  }
}

describe("mutations return their failures as types", () => {
  it("InvalidInputError names the field, with extensions' code", async () => {
    const { addDownload } = await server.gql(AddDownload, { input: { url: "ftp://example.com/x" } });
    expect(addDownload).toEqual({
      __typename: "InvalidInputError",
      code: "BAD_USER_INPUT",
      field: "url",
      message: "url: only http and https URLs are accepted",
    });
  });

  it("NotFoundError for every mutation that takes an id", async () => {
    const results = [
      (await server.gql(CancelDownload, { id: UNKNOWN })).cancelDownload,
      (await server.gql(RetryDownload, { id: UNKNOWN })).retryDownload,
      (await server.gql(RemoveDownload, { id: UNKNOWN })).removeDownload,
      (await server.gql(CancelGroup, { groupId: UNKNOWN })).cancelGroup,
    ];
    for (const result of results) expect(result).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND", message: expect.stringContaining(UNKNOWN) });
  });

  it("ConflictError when the status does not allow it; a typed client switches on __typename", async () => {
    const add = async (route: string) => ok((await server.gql(AddDownload, { input: { url: fixture.url(route) } })).addDownload).downloads[0]!.id;
    const cancel = async (id: string) => outcome((await server.gql(CancelDownload, { id })).cancelDownload);
    const done = await add("/clip.mp4?typed");
    await waitFor(async () => (await server.gql(GetDownload, { id: done })).download?.status === "COMPLETED", { what: "the clip to complete" });
    expect(await cancel(done)).toBe(`too late: download ${done} is completed; only unfinished downloads can be cancelled`);
    expect((await server.gql(RetryDownload, { id: done })).retryDownload).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect(await cancel(UNKNOWN)).toBe(`gone: no download with id ${UNKNOWN}`);
    expect(await cancel(await add("/slow/20000/long.mp4?typed"))).toBe("cancelled: CANCELLED");
  });
});
