// Build: npx vite build web (writes web/dist, which `tacitus serve` serves). Dev: npx vite web,
// with the API proxied to a running `tacitus serve` on port 8080.
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0 },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/openapi.json": "http://127.0.0.1:8080" } },
});
