import { asset, type Asset } from "./web-page.js";

/** Where GraphQL is served: POST and GET for operations, WebSocket for graphql-ws, GET from a browser for GraphiQL. */
export const GRAPHQL_PATH = "/graphql";

export const GRAPHIQL_EXAMPLE = `# List tasks, queue a URL, or watch every task live: put the cursor in one operation and run it.
# With API_TOKEN set, add {"authorization": "Bearer <token>"} under Headers below (subscriptions send it too).
query List {
  downloads(order: NEWEST_FIRST, limit: 20) { id title status progress speed eta filename errorMessage }
}

# Put a video's address in place of the placeholder first: as it is, it is refused (InvalidInputError) and nothing is queued.
# A mutation answers its result or a typed error: ask for both.
mutation Add {
  addDownload(input: { url: "PASTE-A-VIDEO-URL-HERE", quality: "720p" }) {
    __typename
    ... on AddDownloadPayload { downloads { id status } }
    ... on InvalidInputError { field }
    ... on Error { code message }
  }
}

subscription Watch {
  downloadEvents {
    __typename
    at
    download { id title status progress speed eta }
    ... on DownloadStatusChanged { previousStatus }
  }
}
`;

/**
 * GraphiQL with its JS and CSS inlined (no CDN offline): ~9 MB, so loaded on the first visit
 * (not at start: it would weigh on every server's memory), rendered once and gzipped.
 */
export const graphiqlPage = (() => {
  let page: Promise<Asset> | undefined;
  return () =>
    (page ??= import("@graphql-yoga/render-graphiql").then(({ renderGraphiQL }) => {
      const options = JSON.stringify({ endpoint: GRAPHQL_PATH, subscriptionsProtocol: "WS", title: "Download server", defaultQuery: GRAPHIQL_EXAMPLE });
      const html = renderGraphiQL(JSON.parse(options));
      if (!html.includes(options)) throw new Error("GraphiQL's page no longer carries its options as JSON: see withOurFetcher");
      return asset(withOurFetcher(html, options), "text/html; charset=utf-8", false, "graphiql");
    }));
})();

/**
 * Loads web/src/graphiql-fetcher.ts (built into the page's files) and hands it to GraphiQL, so the
 * Headers tab reaches subscriptions as their connection_init payload. Without the built page, yoga's own.
 */
function withOurFetcher(html: string, options: string): string {
  const fetcher = `Object.assign(${options}, window.GraphiqlFetcher ? { fetcher: GraphiqlFetcher.fetcher(${JSON.stringify(GRAPHQL_PATH)}) } : {})`;
  return html.replace('<div id="root"></div>', () => '<div id="root"></div>\n<script src="/graphiql-fetcher.js"></script>').replace(options, () => fetcher);
}
