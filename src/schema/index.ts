import { builder } from "./builder.js";
import "./scalars.js";
import "./errors.js";
import "./download.js";
import "./download-mutations.js";
import "./download-bulk.js";
import "./download-files.js";
import "./preset.js";
import "./feed.js";
import "./feed-events.js";
import "./notifier.js";
import "./download-connection.js";
import "./events.js";
import "./server-info.js";

export const schema = builder.toSchema({ sortSchema: false });
export type { Context, ServerFacts } from "./builder.js";
