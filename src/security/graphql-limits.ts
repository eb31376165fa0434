import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";

/** Bounds on an operation's shape, checked while parsing and validating, before anything runs. */
export const GRAPHQL_LIMITS = { tokens: 1000, depth: 8, aliases: 10, directives: 20 } as const;

/**
 * graphql-armor's parse and validation limits. Cost (lists weighed by their page size) is the
 * schema's own concern: see MAX_COMPLEXITY in src/schema/builder.ts.
 */
export function graphqlLimitPlugins(production: boolean) {
  return [
    maxTokensPlugin({ n: GRAPHQL_LIMITS.tokens }),
    maxDepthPlugin({ n: GRAPHQL_LIMITS.depth, flattenFragments: true }),
    maxAliasesPlugin({ n: GRAPHQL_LIMITS.aliases }),
    maxDirectivesPlugin({ n: GRAPHQL_LIMITS.directives }),
    // Suggestions ("did you mean ...") map a hidden schema; GraphiQL users in development want them.
    ...(production ? [blockFieldSuggestionsPlugin()] : []),
  ];
}
