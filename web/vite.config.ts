import { defineConfig } from "vite";

// Built by `npm run setup` into web/dist, which the server serves at `/` (nothing from a CDN).
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", reportCompressedSize: true },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
});
