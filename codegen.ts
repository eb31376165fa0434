import type { CodegenConfig } from "@graphql-codegen/cli";

// Run with `npm run codegen` (loads the TypeScript schema through tsx).
// `npm test` runs it with --check, so a stale schema.graphql, src/gql or web/src/gql fails the suite.
const clientConfig = {
  emitLegacyCommonJSImports: false,
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: "string", SafeInt: "number" },
};

const config: CodegenConfig = {
  schema: "./src/schema/index.ts",
  ignoreNoDocuments: true,
  generates: {
    "schema.graphql": { plugins: ["schema-ast"] },
    "src/gql/": {
      documents: ["src/rest/**/*.ts", "test/**/*.ts", "bench/**/*.ts"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    // The web page sends documents as strings: no graphql-js in the browser bundle.
    "web/src/gql/": {
      documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { ...clientConfig, documentMode: "string" },
    },
  },
};

export default config;
