import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (where package.json is), found from this module whether run from src/ or dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The bundled language data folder. */
export function dataDir(): string {
  return join(packageRoot(), "data");
}

/** The committed model weights folder. */
export function modelsDir(): string {
  return join(packageRoot(), "models");
}

/** `../shared` next to the checkout: corpora for training, evaluation and benchmarks; absent in a user's clone. */
export function sharedDir(): string {
  return join(packageRoot(), "..", "shared");
}
