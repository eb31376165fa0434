/** The pieces every part of the OpenAPI document is built from. */
export const json = (schema: object) => ({ "application/json": { schema } });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const error = (description: string) => ({ description, content: json(ref("Error")) });
export const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
/** A primitive type or null. */
export const nullable = (type: string, extra: object = {}) => ({ type: [type, "null"], ...extra });
