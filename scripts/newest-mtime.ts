// When the newest of some sources changed, for the build-if-stale checks of `npm start`.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface NewestOptions {
  /** Count a folder's own time too (it changes when a file in it is added or removed). */
  readonly folders: boolean;
  /** Files that are not part of the build (tests). */
  readonly skip?: RegExp;
}

/** The newest modification time under `path` (0 when it does not exist). */
export function newestMtime(path: string, options: NewestOptions): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return options.skip?.test(path) ? 0 : s.mtimeMs;
  return readdirSync(path).reduce(
    (m, f) => Math.max(m, newestMtime(join(path, f), options)),
    options.folders ? s.mtimeMs : 0,
  );
}
