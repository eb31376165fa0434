import type { Config } from "../config.js";
import { MAX_BODY_BYTES } from "../rest/http.js";
import { MAX_COOKIES_BYTES } from "../presets/cookies.js";
import type { ServerFacts } from "../schema/index.js";
import { MAX_PAGE_SIZE } from "../domain/order.js";
import { SERVER_VERSION } from "../ops/version.js";

/** What serverInfo tells a client before it asks for too much: the version, whether a token is needed, the limits. */
export const serverFacts = (config: Config): ServerFacts => ({
  version: SERVER_VERSION,
  authRequired: config.apiTokens.length > 0,
  limits: {
    maxConcurrentDownloads: config.maxConcurrentDownloads,
    maxPageSize: MAX_PAGE_SIZE,
    maxPlaylistEntries: config.maxPlaylistEntries,
    maxTasksPerMinute: config.maxTasksPerMinute,
    maxRequestBodyBytes: MAX_BODY_BYTES,
    maxCookiesBytes: MAX_COOKIES_BYTES,
    maxSubscriptionsPerConnection: config.maxSubscriptionsPerConnection,
  },
});
