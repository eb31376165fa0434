import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { expect, it } from "vitest";
import { GRAPHIQL_EXAMPLE } from "../src/http/graphiql.js";
import { checkFetchableUrl } from "../src/tasks/validation.js";

it("GraphiQL's default document is valid against the schema (schema.graphql): each operation runs as it is", () => {
  const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
  const document = parse(GRAPHIQL_EXAMPLE);
  expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  expect(document.definitions.map((d) => ("operation" in d ? d.operation : d.kind))).toEqual(["query", "mutation", "subscription"]);
});

it("its mutation, run as it is, is refused: the placeholder is not a URL, so nothing is queued", async () => {
  const url = /url: "([^"]+)"/.exec(GRAPHIQL_EXAMPLE)![1]!;
  await expect(checkFetchableUrl(url, { allowPrivateAddresses: false, allowAddresses: [] })).rejects.toMatchObject({ field: "url" });
});
