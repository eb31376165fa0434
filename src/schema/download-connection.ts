import { resolveCursorConnection, type ResolveCursorConnectionArgs } from "@pothos/plugin-relay";
import { InputError } from "../domain/errors.js";
import { pageKey, type PageKey } from "../store/task-reads.js";
import { builder } from "./builder.js";
import { Download } from "./download.js";
import { listFilterOf, listingArgs } from "./download-filter.js";

/** Largest page a connection returns; without `first` or `last`, pages have DEFAULT_PAGE tasks. */
const MAX_PAGE = 1000;
const DEFAULT_PAGE = 100;

/** Cursors are opaque to clients: the task's place in the order, base64url-encoded. */
const toCursor = (key: PageKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

function fromCursor(cursor: string | undefined, field: string): PageKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === 3 && typeof key[0] === "string" && typeof key[1] === "number" && typeof key[2] === "string") {
      return key as PageKey;
    }
  } catch {
    // not JSON: refused below
  }
  throw new InputError(field, "is not a cursor from this API (use pageInfo.endCursor or an edge's cursor)");
}

builder.globalConnectionField("totalCount", (t) =>
  t.int({ description: "How many items match (tasks under the filters, a feed's entries), on all pages", resolve: (connection) => connection.totalCount }),
);

builder.queryField("downloadsConnection", (t) =>
  t.connection(
    {
      type: Download,
      description:
        `Tasks as a Relay connection: page forward with first/after or backward with last/before (at most ${MAX_PAGE} ` +
        `a page, ${DEFAULT_PAGE} by default). Queue order (oldest first) unless order is NEWEST_FIRST`,
      args: listingArgs,
      complexity: (args) => ({ field: 1, multiplier: Math.min(MAX_PAGE, args.first ?? args.last ?? DEFAULT_PAGE) }),
      resolve: async (_root, args, ctx) => {
        const filter = listFilterOf(args);
        let totalCount = 0;
        const connection = await resolveCursorConnection(
          { args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE, toCursor: (row) => toCursor(pageKey(row)) },
          async ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) => {
            const page = await ctx.downloads.page(filter, { after: fromCursor(after, "after"), before: fromCursor(before, "before"), limit, inverted });
            totalCount = page.totalCount;
            return page.rows;
          },
        );
        return { ...connection, totalCount };
      },
    },
    { name: "DownloadConnection", description: "A page of tasks" },
    { name: "DownloadEdge", description: "A task and its cursor" },
  ),
);
