import { defineConfig } from "vite";

// GraphiQL's fetcher (src/graphiql-fetcher.ts) as one classic script, web/dist/graphiql-fetcher.js,
// built after the page (which empties web/dist) and inlined by the server into the GraphiQL page.
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    lib: { entry: "src/graphiql-fetcher.ts", formats: ["iife"], name: "GraphiqlFetcher", fileName: () => "graphiql-fetcher.js" },
  },
});
