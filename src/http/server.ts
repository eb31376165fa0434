import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { getOperationAST, GraphQLError, Kind, type ExecutionArgs, type OperationDefinitionNode } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { Config } from "../config.js";
import { createRestHandler } from "../rest/index.js";
import { schema, type Context } from "../schema/index.js";
import { maskServiceError } from "../schema/errors.js";
import { Authenticator, LinkSigner, type Caller } from "../security/auth.js";
import { changesState, checkHost, checkOrigin, setSecurityHeaders, type Refusal } from "../security/edge.js";
import { graphqlLimitPlugins, refuseGraphqlRequest } from "../security/graphql-limits.js";
import { Sessions, type SignOutStore } from "../security/session.js";
import { SESSION_PATH, sessionRoute } from "../rest/session.js";
import { readiness } from "../ops/readiness.js";
import { limitHttp, SocketGuard } from "../security/sockets.js";
import type { DownloadService } from "../tasks/downloads.js";
import type { Logger } from "../ops/log.js";
import { sendJson } from "../rest/http.js";
import type { Metrics } from "../ops/metrics.js";
import type { YtdlpService } from "../ops/ytdlp-updates.js";
import type { PresetService } from "../presets/presets.js";
import type { FeedService } from "../feeds/feeds.js";
import type { NotifierService } from "../notifications/notifiers.js";
import { GRAPHQL_PATH, graphiqlPage } from "./graphiql.js";
import { serverFacts } from "./server-facts.js";
import { sendAsset, type WebPage } from "./web-page.js";


/** Answered without a token: they reveal nothing and load balancers need them. */
const OPEN_PATHS = new Set(["/health", "/healthz", "/readyz", "/api/openapi.json"]);

export type HttpApp = { server: Server; close(): Promise<void> };
export type ServerContext = { req: IncomingMessage; res: ServerResponse; caller?: Caller };
type WsExtra = { socket: WebSocket; request: IncomingMessage; caller?: Caller };

/** One node:http server: GraphQL over HTTP and WebSocket at /graphql, REST under /api. */
export function createHttpApp(
  deps: { downloads: DownloadService; presets: PresetService; feeds: FeedService; notifiers: NotifierService; ytdlp: YtdlpService; signOuts: SignOutStore },
  ops: { metrics: Metrics; log: Logger },
  config: Config,
  web: WebPage,
): HttpApp {
  const auth = new Authenticator(config.apiTokens);
  const links = new LinkSigner(config.apiTokens);
  const sessions = new Sessions(config.apiTokens, auth, deps.signOuts, (error) => ops.log.warn({ error: error.message }, `sign-outs could not be read: ${error.message}`));
  const taskBudget = deps.downloads.budget;
  const facts = serverFacts(config);
  const folders = { DATA_DIR: config.dataDir, DOWNLOAD_DIR: config.downloadDir };
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // The edge below has already authenticated the request; no caller means it came in unchecked.
    context: ({ caller }) => {
      if (!caller) throw new GraphQLError("authentication required", { extensions: { code: "UNAUTHENTICATED" } });
      return { ...deps, caller, links, taskBudget, facts, presetsRead: new Map(), feedsRead: new Map() };
    },
    graphiql: false, // served below, pre-rendered and compressed
    multipart: false, // no file uploads, and no form posts from other sites
    maskedErrors: { maskError: maskServiceError },
    logging: yogaLogger(ops.log),
    cors: config.corsOrigin ? { origin: config.corsOrigin } : false,
    // Compiled execution: listing 10,000 tasks in a few tens of milliseconds instead of hundreds.
    // Subscriptions stay on graphql-js: graphql-jit never settles a subscribe that rejects late.
    plugins: [...graphqlLimitPlugins(config.production), useGraphQlJit({}, { enableIf: jitCompilable }), timeOperations(ops.metrics)],
  });

  const rest = createRestHandler(yoga, {
    ...config,
    taskChanges: { version: () => deps.downloads.listingVersion(), onChange: (listener) => deps.downloads.onTaskChange(listener) },
  });
  // Timeouts are checked each second (Node's default: every 30 s).
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? "/", "http://localhost");
    const isGraphql = url.pathname === GRAPHQL_PATH;
    const refuse = (refusal: Refusal) => (isGraphql ? sendGraphqlError(res, refusal) : sendRestError(res, refusal));
    const refusal = checkHost(req, config.allowedHosts) ?? (changesState(req) ? checkOrigin(req, config.corsOrigin) : undefined);
    if (refusal) return refuse(refusal);
    if (isGraphql && req.method === "GET" && wantsHtml(req)) return void graphiqlPage().then((page) => sendAsset(req, res, page));
    // The page itself is open: it asks for the token, and everything it reads needs one.
    const pageFile = isReadOnly(req) ? web.get(url.pathname) : undefined;
    if (pageFile) return sendAsset(req, res, pageFile);
    if (isGraphql && req.method === "POST" && !isJson(req)) {
      return refuse({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "GraphQL over HTTP takes JSON only (content-type: application/json)" });
    }
    const tooMuch = isGraphql ? refuseGraphqlRequest(req, config.graphqlSse) : undefined;
    if (tooMuch) return refuse(tooMuch); // its body is never parsed (Node discards it)
    if (url.pathname === SESSION_PATH) return void sessionRoute(req, res, sessions);
    const caller = auth.authenticate(req.headers.authorization) ?? sessions.verify(req) ?? (isReadOnly(req) ? links.verify(url) : undefined);
    if (!caller && !OPEN_PATHS.has(url.pathname) && req.method !== "OPTIONS") {
      res.setHeader("www-authenticate", 'Bearer realm="media-download-server"');
      return refuse({ status: 401, code: "UNAUTHENTICATED", message: "a valid token is required: Authorization: Bearer <API_TOKEN> (or a session from POST /api/session)" });
    }
    if (url.pathname === "/healthz") return sendJson(res, 200, { status: "alive" });
    if (url.pathname === "/readyz") {
      return void readiness(deps, folders).then(({ status, body }) => sendJson(res, status, { ...body, instance: config.instanceId }));
    }
    if (url.pathname === "/metrics") return void sendMetrics(res, ops.metrics);
    if (url.pathname.startsWith("/api/")) return rest(req, res, caller);
    return void yoga.handle(req, res, { req, res, caller });
  });

  // The upgrade is checked like a request (Host, Origin, connection cap) before graphql-ws sees it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.sockets.maxMessageBytes });
  const sockets = new SocketGuard(config.sockets);
  limitHttp(server, config.sockets);
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const refusal =
      url.pathname !== GRAPHQL_PATH
        ? { status: 404, code: "NOT_FOUND", message: "WebSocket connections go to /graphql" }
        : (checkHost(req, config.allowedHosts) ?? checkOrigin(req, config.corsOrigin));
    if (refusal) return refuseUpgrade(socket, refusal);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const credentialed = (req.headers.authorization !== undefined && auth.authenticate(req.headers.authorization) !== undefined) || sessions.verify(req) !== undefined;
      sockets.opened(ws, req, credentialed);
      wss.emit("connection", ws, req);
    });
  });

  // graphql-ws shares yoga's envelop (context, limits, error masking) with the HTTP path.
  const wsServer = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      // A missing or wrong token closes the socket with 4403 Forbidden.
      // A socket over MAX_WS_CONNECTIONS is closed with 1013 instead.
      onConnect: (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.extra.request.headers.authorization;
        ctx.extra.caller = authorization ? auth.authenticate(authorization) : (sessions.verify(ctx.extra.request) ?? auth.authenticate(undefined));
        return ctx.extra.caller !== undefined && sockets.authenticate(ctx.extra.socket, ctx.extra.request);
      },
      connectionInitWaitTimeout: config.sockets.initTimeoutMs,
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        // graphql-ws has already registered this one.
        if (Object.keys(ctx.subscriptions).length > config.maxSubscriptionsPerConnection) {
          const limit = `MAX_SUBSCRIPTIONS_PER_CONNECTION=${config.maxSubscriptionsPerConnection}`;
          return [new GraphQLError(`too many subscriptions on this connection (${limit})`, { extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } })];
        }
        const { request: req, caller } = ctx.extra;
        const enveloped = yoga.getEnveloped({ ...ctx, req, caller, params });
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
      sessions.stop();
      await wsServer.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The metrics, or 503 saying why (the database is away): a scrape never raises. */
async function sendMetrics(res: ServerResponse, metrics: Metrics): Promise<void> {
  try {
    const text = await metrics.registry.metrics();
    res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text);
  } catch (error) {
    sendJson(res, 503, { error: { code: "UNAVAILABLE", message: `metrics cannot be read now: ${(error as Error).message}` } });
  }
}

/** yoga's logger on pino: an error keeps its stack and cause. */
function yogaLogger(log: Logger) {
  const at =
    (level: "debug" | "info" | "warn" | "error") =>
    (...args: unknown[]) =>
      args[0] instanceof Error ? log[level]({ err: args[0] }, args[0].message) : log[level](args.map(String).join(" "));
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** Times every GraphQL operation into the latency histogram. */
function timeOperations(metrics: Metrics): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = getOperationAST(args.document, args.operationName);
      return {
        onExecuteDone() {
          const labels = { operation: operation?.operation ?? "unknown", name: operation?.name?.value ?? "anonymous" };
          metrics.operationSeconds.observe(labels, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/** A refusal in the REST error format, or as a GraphQL error for /graphql. */
const sendRestError = (res: ServerResponse, { status, code, message }: Refusal) => sendJson(res, status, { error: { code, message } });
const sendGraphqlError = (res: ServerResponse, { status, code, message }: Refusal) =>
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });

function refuseUpgrade(socket: Duplex, { status, message }: Refusal): void {
  const body = JSON.stringify({ error: { message } });
  socket.end(
    `HTTP/1.1 ${status} ${status === 404 ? "Not Found" : "Forbidden"}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

type Enveloped = ReturnType<ReturnType<typeof createYoga>["getEnveloped"]>;

/**
 * What graphql-jit may run: a query or mutation in a document that holds only that operation.
 * The plugin caches one compiled operation per document, whatever operationName asks for, so a
 * document of several operations ("query A … query B …", GraphiQL's tabs) runs on graphql-js.
 */
function jitCompilable(args: ExecutionArgs): boolean {
  const operations = args.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return false;
  const [only] = operations as [OperationDefinitionNode];
  return only.operation !== "subscription" && (!args.operationName || args.operationName === only.name?.value);
}

const wantsHtml = (req: IncomingMessage) => (req.headers.accept ?? "").includes("text/html");
const isJson = (req: IncomingMessage) => /^application\/(graphql-response\+)?json\b/i.test(req.headers["content-type"] ?? "");
const isReadOnly = (req: IncomingMessage) => req.method === "GET" || req.method === "HEAD";
