import type { CodegenConfig } from "@graphql-codegen/cli";

// Run with `npm run codegen` (loads the TypeScript schema through tsx).
// `npm test` runs it with --check, so a stale schema.graphql or src/gql fails the suite.
const config: CodegenConfig = {
  schema: "./src/schema/index.ts",
  documents: ["src/rest/**/*.ts", "test/**/*.ts", "bench/**/*.ts"],
  ignoreNoDocuments: true,
  generates: {
    "schema.graphql": { plugins: ["schema-ast"] },
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", SafeInt: "number" },
      },
    },
  },
};

export default config;
