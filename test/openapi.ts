import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "../src/rest/openapi.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(openApiDocument, "openapi");

const paths = Object.keys(openApiDocument.paths);

/** "/api/downloads/abc/cancel" -> "/api/downloads/{id}/cancel" */
function templateOf(pathname: string): string {
  const found = paths.find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(pathname));
  if (!found) throw new Error(`${pathname} is not in the OpenAPI document`);
  return found;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

export type RestResponse = { status: number; headers: Headers; body: unknown; bytes: Buffer };

/**
 * A real HTTP request whose response must be one the OpenAPI document describes: the status is
 * listed for the operation, and a JSON body validates (Ajv, JSON Schema 2020-12) against it.
 */
export async function rest(base: string, path: string, init: RequestInit = {}): Promise<RestResponse> {
  const res = await fetch(`${base}${path}`, init);
  const bytes = Buffer.from(await res.arrayBuffer());
  const url = new URL(path, base);
  const method = (init.method ?? "GET").toLowerCase();
  const operation = templateOf(url.pathname);
  const operationPointer = pointer("paths", operation, method === "head" ? "get" : method);
  const responses = ajv.getSchema(`openapi#/${operationPointer}/responses`)?.schema as Record<string, { content?: Record<string, unknown> }> | undefined;
  expect(responses, `${method} ${operation} in the OpenAPI document`).toBeDefined();
  expect(Object.keys(responses!), `${method} ${path}: status ${res.status} is documented`).toContain(String(res.status));

  const type = res.headers.get("content-type") ?? "";
  let body: unknown = bytes;
  if (type.startsWith("application/json") && method !== "head") {
    body = JSON.parse(bytes.toString("utf8"));
    const schemaRef = `openapi#/${operationPointer}/responses/${res.status}/content/${pointer("application/json")}/schema`;
    const validate = ajv.getSchema(schemaRef);
    expect(validate, `${schemaRef} exists`).toBeDefined();
    const valid = validate!(body);
    expect(validate!.errors ?? [], `${method} ${path} -> ${res.status} matches the OpenAPI document`).toEqual([]);
    expect(valid).toBe(true);
  }
  return { status: res.status, headers: res.headers, body, bytes };
}

export const jsonBody = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
