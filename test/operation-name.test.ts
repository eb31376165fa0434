import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers.js";

/** Issue #30.2: a document of several operations runs the one operationName names, over HTTP and graphql-ws. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const DOCUMENT = `
query Info { serverInfo { version } }
query List { downloads(limit: 1) { id } }
mutation Add { addDownload(input: { url: "http://127.0.0.1:9/never.mp4" }) { __typename } }
`;

const post = async (operationName: string) => {
  const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: DOCUMENT, operationName }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
};

it("over HTTP: each operationName gets its own operation, in any order, and a wrong name compiles nothing", async () => {
  for (let round = 0; round < 2; round++) {
    expect(Object.keys((await post("Info")).data!)).toEqual(["serverInfo"]);
    expect((await post("List")).data).toEqual({ downloads: [] });
  }
  expect((await post("Nope")).errors![0]!.message).toMatch(/operation/);
  expect((await post("List")).data).toEqual({ downloads: [] }); // the mutation never ran
  const single = `query Only { downloads(limit: 1) { id } }`;
  const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: single, operationName: "Other" }) });
  expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/operation/);
  const again = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: single }) });
  expect(await again.json()).toEqual({ data: { downloads: [] } });
});

it("over graphql-ws: the named operation runs", async () => {
  const client = server.ws();
  try {
    for (const [operationName, key] of [["List", "downloads"], ["Info", "serverInfo"], ["List", "downloads"]] as const) {
      const result = await new Promise<Record<string, unknown>>((resolve, reject) => {
        client.subscribe({ query: DOCUMENT, operationName }, { next: (value) => resolve(value.data as Record<string, unknown>), error: reject, complete: () => undefined });
      });
      expect(Object.keys(result)).toEqual([key]);
    }
  } finally {
    await client.dispose();
  }
  expect((await post("List")).data).toEqual({ downloads: [] });
});
