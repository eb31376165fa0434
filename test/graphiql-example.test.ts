import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { expect, it } from "vitest";
import { GRAPHIQL_EXAMPLE } from "../src/http/graphiql.js";

it("GraphiQL's default document is valid against the schema (schema.graphql): each operation runs as it is", () => {
  const schema = buildSchema(readFileSync("schema.graphql", "utf8"));
  const document = parse(GRAPHIQL_EXAMPLE);
  expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  expect(document.definitions.map((d) => ("operation" in d ? d.operation : d.kind))).toEqual(["mutation", "query", "subscription"]);
});
