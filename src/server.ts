import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { createRestHandler } from "./rest/index.js";
import { schema, type Context } from "./schema/index.js";
import { maskServiceError } from "./schema/errors.js";

export const GRAPHQL_PATH = "/graphql";

export type HttpApp = { server: Server; close(): Promise<void> };

/** One node:http server: GraphQL over HTTP and WebSocket at /graphql, REST under /api. */
export function createHttpApp(context: Context, options: { corsOrigin?: string } = {}): HttpApp {
  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => context,
    graphiql: false, // served below, pre-rendered and compressed
    maskedErrors: { maskError: maskServiceError },
    logging: "warn",
    cors: options.corsOrigin ? { origin: options.corsOrigin } : false,
  });

  const rest = createRestHandler(yoga, options);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/api/")) return rest(req, res);
    if (url.pathname === GRAPHQL_PATH && req.method === "GET" && wantsHtml(req)) return sendGraphiQL(req, res);
    if (url.pathname === "/") {
      res.writeHead(302, { location: GRAPHQL_PATH });
      return void res.end();
    }
    return void yoga.handle(req, res, { req, res });
  });

  // graphql-ws shares yoga's envelop (context, plugins, error masking) with the HTTP path.
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const wsServer = useServer(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const enveloped = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params });
        const args = {
          schema: enveloped.schema,
          operationName: params.operationName,
          document: enveloped.parse(params.query),
          variableValues: params.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
        const errors = enveloped.validate(args.schema, args.document);
        return errors.length ? errors : args;
      },
    },
    wss,
  );

  return {
    server,
    async close() {
      await wsServer.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const GRAPHIQL_EXAMPLE = `# Queue a URL, list tasks, or watch every task live (run one operation at a time).
mutation Add {
  addDownload(input: { url: "https://example.com/video", quality: "720p" }) { id status }
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

/** GraphiQL with its JS and CSS inlined (no CDN offline): ~9 MB, so rendered once and gzipped. */
const graphiqlPage = (() => {
  let page: { html: string; gzip: Buffer } | undefined;
  return () => {
    if (!page) {
      const html = renderGraphiQL({
        endpoint: GRAPHQL_PATH,
        subscriptionsProtocol: "WS",
        title: "Download server",
        defaultQuery: GRAPHIQL_EXAMPLE,
      });
      page = { html, gzip: gzipSync(html) };
    }
    return page;
  };
})();

function sendGraphiQL(req: IncomingMessage, res: ServerResponse): void {
  const page = graphiqlPage();
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-cache",
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(gzip ? page.gzip : page.html);
}

type Enveloped = ReturnType<ReturnType<typeof createYoga>["getEnveloped"]>;

const wantsHtml = (req: IncomingMessage) => (req.headers.accept ?? "").includes("text/html");
