/** Serves the built dashboard (web/dist) with a fallback to index.html for its routes. */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Tacitus</title>
<p>The dashboard is not built. Build it with <code>npx vite build web</code> and restart <code>tacitus serve</code>.
The API works: <a href="/openapi.json">/openapi.json</a>.</p>`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT" || (error as { code?: string }).code === "ENOTDIR") return false;
    throw error;
  }
}

export async function serveDashboard(c: Context, root: string | null): Promise<Response> {
  if (root === null) return extname(c.req.path) === "" ? c.html(NOT_BUILT, 200) : c.text("not found", 404);
  let path: string;
  try {
    path = decodeURIComponent(c.req.path);
  } catch {
    return c.text("bad path", 400);
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return c.text("not found", 404);
  const index = join(root, "index.html");
  const target = (await isFile(file)) ? file : extname(path) === "" && (await isFile(index)) ? index : null;
  if (!target) return extname(path) === "" ? c.html(NOT_BUILT, 200) : c.text("not found", 404);
  const body = await readFile(target);
  c.header("Content-Type", TYPES[extname(target)] ?? "application/octet-stream");
  // Hashed assets never change; the page itself is always revalidated.
  c.header("Cache-Control", target.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache");
  return c.body(body);
}
