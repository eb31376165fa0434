import { GraphQLError } from "graphql";
import { GraphQLSafeInt } from "graphql-scalars";
import { builder } from "./builder.js";

/** ISO-8601 in UTC with milliseconds, e.g. "2026-03-04T10:30:00.000Z" (the REST contract's format). */
builder.scalarType("DateTime", {
  description: 'An ISO-8601 UTC timestamp with milliseconds, e.g. "2026-03-04T10:30:00.000Z".',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError("DateTime: not an ISO-8601 timestamp");
    return date;
  },
});

/** Byte counts: integers up to 2^53 - 1 (GraphQL's Int stops at 2^31 - 1, about 2 GB). */
builder.addScalarType("SafeInt", GraphQLSafeInt);
