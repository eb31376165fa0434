import { asset, type Asset } from "./web-page.js";

/** Where GraphQL is served: POST and GET for operations, WebSocket for graphql-ws, GET from a browser for GraphiQL. */
export const GRAPHQL_PATH = "/graphql";

export const GRAPHIQL_EXAMPLE = `# Queue a URL, list tasks, or watch every task live (run one operation at a time).
# With API_TOKEN set, add {"authorization": "Bearer <token>"} under Headers below.
# A mutation answers its result or a typed error: ask for both.
mutation Add {
  addDownload(input: { url: "https://example.com/video", quality: "720p" }) {
    __typename
    ... on AddDownloadSuccess { downloads { id status } }
    ... on InvalidInputError { field }
    ... on Error { code message }
  }
}

query List {
  downloads(order: NEWEST_FIRST, limit: 20) { id title status progress speed eta filename errorMessage }
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
      const html = renderGraphiQL({
        endpoint: GRAPHQL_PATH,
        subscriptionsProtocol: "WS",
        title: "Download server",
        defaultQuery: GRAPHIQL_EXAMPLE,
      });
      return asset(html, "text/html; charset=utf-8", false, "graphiql");
    }));
})();
