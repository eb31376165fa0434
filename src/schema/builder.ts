import SchemaBuilder from "@pothos/core";
import { GraphQLError } from "graphql";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import type { Caller, LinkSigner } from "../security/auth.js";
import type { TaskBudget } from "../security/rate-limit.js";
import type { DownloadService } from "../tasks/downloads.js";
import type { PresetService } from "../presets/presets.js";
import type { Preset } from "../domain/preset.js";
import type { Feed } from "../domain/feed.js";
import type { FeedService } from "../feeds/feeds.js";
import type { NotifierService } from "../notifications/notifiers.js";
import type { YtdlpService } from "../ops/ytdlp-updates.js";

/** Built per request (HTTP, graphql-ws and the REST layer alike): `caller` says who is asking. */
export type Context = {
  downloads: DownloadService;
  presets: PresetService;
  feeds: FeedService;
  notifiers: NotifierService;
  ytdlp: YtdlpService;
  /** Presets read while answering this request, by id (a listing names the same few many times). */
  presetsRead: Map<string, Promise<Preset | null>>;
  /** Feeds read while answering this request, by id. */
  feedsRead: Map<string, Promise<Feed | null>>;
  caller: Caller;
  links: LinkSigner;
  /** Tasks each caller may still create (MAX_TASKS_PER_MINUTE). */
  taskBudget: TaskBudget;
  /** What serverInfo tells a client about this server: its version, whether it wants a token, its limits. */
  facts: ServerFacts;
};

export type ServerFacts = {
  version: string;
  authRequired: boolean;
  limits: { maxConcurrentDownloads: number; maxPageSize: number; maxPlaylistEntries: number; maxTasksPerMinute: number; maxRequestBodyBytes: number; maxCookiesBytes: number; maxSubscriptionsPerConnection: number };
};

/**
 * The most an operation may cost: one full page of `downloads` with every field (what the REST
 * listing asks) fits; several such pages, or lists nested in lists, do not.
 */
export const MAX_COMPLEXITY = 250_000;

const capitalize = (name: string) => name[0]!.toUpperCase() + name.slice(1);

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { DateTime: { Input: Date; Output: Date }; SafeInt: { Input: number; Output: number } };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [ErrorsPlugin, ComplexityPlugin, RelayPlugin],
  // Mutations list the failures a client must handle; anything else stays a (masked) GraphQL error.
  errors: {
    defaultTypes: [],
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
    // A mutation answers the object it changed, or `<Mutation>Payload` when it answers more than that.
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Payload` },
  },
  // Connections only: tasks are found by their own id, so no global `node` lookup.
  relay: {
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false, description: "The items of this page, each with its cursor" },
    nodeFieldOptions: { nullable: false, description: "The item" },
    cursorFieldOptions: { description: "Opaque; pass it as after or before to page from this item" },
    pageInfoFieldOptions: { description: "Where this page is among all pages" },
    pageInfoTypeOptions: { description: "Paging state of a connection (Relay)" },
    hasNextPageFieldOptions: { description: "Whether there are items after this page" },
    hasPreviousPageFieldOptions: { description: "Whether there are items before this page" },
    startCursorFieldOptions: { description: "The first item's cursor (to page backward with before)" },
    endCursorFieldOptions: { description: "The last item's cursor (to page forward with after)" },
    firstArgOptions: { description: "Page size, reading forward" },
    lastArgOptions: { description: "Page size, reading backward" },
    afterArgOptions: { description: "Start after this cursor" },
    beforeArgOptions: { description: "End before this cursor" },
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
});

builder.queryType({ description: "Reading tasks and what the server runs" });
builder.mutationType({ description: "Queueing, stopping and removing tasks; presets; updating yt-dlp" });
builder.subscriptionType({ description: "Live task changes over graphql-ws (graphql-transport-ws protocol)" });

/** Reads a row once per request: a listing names the same few presets and feeds many times. */
export function readOnce<T>(cache: Map<string, Promise<T>>, id: string, read: (id: string) => Promise<T>): Promise<T> {
  const pending = cache.get(id) ?? read(id);
  cache.set(id, pending);
  return pending;
}
