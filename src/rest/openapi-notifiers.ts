/** The OpenAPI description of notifiers (merged into openapi.ts). */
import { NOTIFIER_EVENTS } from "../domain/vocabulary.js";
import { error, idParam, json, nullable, ref } from "./openapi-parts.js";


const notifierProperties = {
  name: { type: "string", minLength: 1, maxLength: 100 },
  url: { type: "string", description: "https://… for a webhook (signed as Standard Webhooks says), else an Apprise URL (ntfy://, discord://, …)" },
  events: { type: "array", items: { enum: NOTIFIER_EVENTS }, description: "Default: all" },
  allow_private_address: { type: "boolean", description: "Let it reach a private address" },
  preset_ids: { type: "array", items: { type: "string" } },
  feed_ids: { type: "array", items: { type: "string" } },
};

const notifierSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "name", "url", "events", "preset_ids", "feed_ids", "allow_private_address", "enabled", "disabled_reason", "failures", "created_at"],
  properties: {
    id: { type: "string", format: "uuid" },
    ...notifierProperties,
    url: { type: "string", description: "Without its credentials" },
    enabled: { type: "boolean" },
    disabled_reason: nullable("string"),
    failures: { type: "integer", minimum: 0 },
    created_at: { type: "string", format: "date-time" },
  },
};

const delivery = {
  type: "object",
  additionalProperties: false,
  required: ["id", "type", "status", "attempts", "status_code", "error", "created_at", "delivered_at"],
  properties: {
    id: { type: "string", description: "Also the webhook-id header" },
    type: { type: "string" },
    status: { enum: ["pending", "delivered"] },
    attempts: { type: "integer" },
    status_code: nullable("integer"),
    error: nullable("string"),
    created_at: { type: "string", format: "date-time" },
    delivered_at: nullable("string", { format: "date-time" }),
  },
};

/** The notifier's schema with more fields (each required). */
const withFields = (more: Record<string, object>) => ({ ...notifierSchema, required: [...notifierSchema.required, ...Object.keys(more)], properties: { ...notifierSchema.properties, ...more } });

export const notifierPaths = {
  "/api/notifiers": {
    get: { summary: "List notifiers", operationId: "listNotifiers", responses: { "200": { description: "Every notifier", content: json({ type: "array", items: ref("Notifier") }) } } },
    post: {
      summary: "Add a notifier; the answer carries its webhook secret, this once",
      operationId: "addNotifier",
      requestBody: { required: true, content: json({ type: "object", required: ["name", "url"], additionalProperties: false, properties: notifierProperties }) },
      responses: {
        "201": { description: "The notifier and its secret", content: json(withFields({ secret: { type: "string", pattern: "^whsec_" } })) },
        "400": error("A field is invalid"),
        "415": error("The body is not JSON"),
      },
    },
  },
  "/api/notifiers/{id}": {
    parameters: [idParam],
    get: {
      summary: "One notifier and its recent deliveries",
      operationId: "getNotifier",
      responses: { "200": { description: "The notifier", content: json(withFields({ deliveries: { type: "array", items: delivery } })) }, "404": error("No notifier has that id") },
    },
    patch: {
      summary: "Change a notifier (enabled: true enables a disabled one again)",
      operationId: "updateNotifier",
      requestBody: { required: true, content: json({ type: "object", additionalProperties: false, properties: { ...notifierProperties, enabled: { type: "boolean" } } }) },
      responses: { "200": { description: "The notifier", content: json(ref("Notifier")) }, "400": error("A field is invalid"), "404": error("No notifier has that id"), "415": error("The body is not JSON") },
    },
    delete: { summary: "Remove a notifier and its deliveries", operationId: "removeNotifier", responses: { "204": { description: "Removed" }, "404": error("No notifier has that id") } },
  },
  "/api/notifiers/{id}/test": {
    parameters: [idParam],
    post: {
      summary: "Send a test message now",
      operationId: "testNotifier",
      responses: {
        "200": { description: "How it went", content: json({ type: "object", additionalProperties: false, required: ["ok", "status_code", "error"], properties: { ok: { type: "boolean" }, status_code: nullable("integer"), error: nullable("string") } }) },
        "404": error("No notifier has that id"),
      },
    },
  },
};

export const notifierSchemas = { Notifier: notifierSchema };
