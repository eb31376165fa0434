import SchemaBuilder from "@pothos/core";
import { GraphQLError } from "graphql";
import ComplexityPlugin from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Caller, LinkSigner } from "../security/auth.js";
import type { DownloadService } from "../services/downloads.js";
import type { YtdlpService } from "../services/ytdlp.js";

/** Built per request (HTTP, graphql-ws and the REST layer alike): `caller` says who is asking. */
export type Context = { downloads: DownloadService; ytdlp: YtdlpService; prisma: PrismaClient; caller: Caller; links: LinkSigner };

/**
 * The most an operation may cost: one full page of `downloads` with every field (what the REST
 * listing asks) fits; several such pages, or lists nested in lists, do not.
 */
export const MAX_COMPLEXITY = 250_000;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [ComplexityPlugin, RelayPlugin, PrismaPlugin],
  // Connections only: tasks are found by their own id, so no global `node` lookup.
  relay: {
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  defaultFieldNullability: false,
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: MAX_COMPLEXITY },
    complexityError: (_kind, { complexity }) =>
      new GraphQLError(
        `the operation is too costly (${complexity}, at most ${MAX_COMPLEXITY}): ask for smaller pages or fewer nested lists`,
        { extensions: { code: "QUERY_TOO_COMPLEX" } },
      ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
