// Imports what a user points at: activity files, folders (walked recursively), zip archives (Garmin and
// Strava exports, nested zips) -> one result per activity file, in a stream. A broken entry is a result
// with its reason and the batch goes on; indexes (Strava CSV, Garmin summaries) are read first as hints.
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { decodeFit } from "../fit/decode-fit.ts";
import { detectFormat, failed, type ImportFileResult } from "../import-file.ts";
import { entryRole, isPlainFit } from "./entry-role.ts";
import { type ExportHints, noHints, readHintEntry } from "./export-hints.ts";
import { DEFAULT_LIMITS, type ImportLimits } from "./limits.ts";
import { DecodeQueue, type DecodeService, inProcessDecoder } from "./decode-queue.ts";
import { ByteBudget, ZipArchive, type ZipEntry } from "./zip-reader.ts";

export interface ImportProgress {
  readonly doneBytes: number;
  readonly totalBytes: number;
  readonly results: number;
}

export interface ImportOptions {
  readonly onResult: (result: ImportFileResult) => void | Promise<void>;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly limits?: ImportLimits;
  /** Where bytes are decoded (default: this thread); a worker pool hits the export budget on 2 cores. */
  readonly decoder?: DecodeService;
  /** Garmin summaries found in the import, for the report. */
  readonly onGarminSummaries?: (count: number) => void;
}

let nestedCount = 0;

/** Bytes of a FIT's start that hold its file_id: enough to skip non-activities without inflating them. */
const FIT_PEEK_BYTES = 1024;

interface Run {
  readonly limits: ImportLimits;
  readonly budget: ByteBudget;
  readonly queue: DecodeQueue;
  readonly options: ImportOptions;
  readonly progress: { doneBytes: number; totalBytes: number; results: number };
  /** A private temporary folder for nested archives, made on first use. */
  readonly scratch: () => Promise<string>;
}

export async function importPaths(paths: readonly string[], options: ImportOptions): Promise<void> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const progress = { doneBytes: 0, totalBytes: 0, results: 0 };
  const emit = async (result: ImportFileResult) => {
    progress.results++;
    await options.onResult(result);
    options.onProgress?.({ ...progress });
  };
  let scratchDir: Promise<string> | null = null;
  const run: Run = {
    limits,
    budget: new ByteBudget(limits.maxTotalBytes),
    queue: new DecodeQueue(options.decoder ?? inProcessDecoder(limits), emit),
    options,
    progress,
    scratch: () => (scratchDir ??= mkdtemp(join(tmpdir(), "strideback-import-"))),
  };
  try {
    await importAll(run, paths);
  } finally {
    if (scratchDir) await rm(await scratchDir, { recursive: true, force: true });
  }
}

async function importAll(run: Run, paths: readonly string[]): Promise<void> {
  const { progress } = run;
  const sizes = await Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => (s.isFile() ? s.size : 0),
        () => 0,
      ),
    ),
  );
  progress.totalBytes = sizes.reduce((a, b) => a + b, 0);
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await importFolder(run, path);
      else await importFile(run, path, info.size, noHints(), true);
    } catch (e) {
      await run.queue.push(failed(path, null, `cannot read: ${(e as Error).message}`));
    }
  }
  await run.queue.drain();
}

async function importFolder(run: Run, root: string): Promise<void> {
  const files = await listFiles(root);
  const hints = noHints();
  for (const file of files) {
    const role = entryRole(relative(root, file.path));
    if (role === "strava-index" || role === "garmin-summaries") {
      await readHintEntry(hints, role, () => readFile(file.path, "utf8"), run.limits);
    }
  }
  if (hints.garminSummaryCount !== null) run.options.onGarminSummaries?.(hints.garminSummaryCount);
  run.progress.totalBytes += files.reduce((sum, f) => sum + f.size, 0);
  for (const file of files) {
    const role = entryRole(relative(root, file.path));
    if (role === "activity" || role === "archive") await importFile(run, file.path, file.size, hints, false);
    else run.progress.doneBytes += file.size;
  }
}

async function listFiles(root: string): Promise<{ path: string; size: number }[]> {
  const out: { path: string; size: number }[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    // Symbolic links are not followed: a link loop must not hang the import.
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push({ path, size: (await stat(path)).size });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** One file on disk: an archive, or an activity file (`named`: the user named it, so any format is tried). */
async function importFile(
  run: Run,
  path: string,
  size: number,
  hints: ExportHints,
  named: boolean,
): Promise<void> {
  const countProgress = () => {
    if (!named) run.progress.doneBytes += size;
  };
  if (path.toLowerCase().endsWith(".zip")) {
    await importArchiveFile(run, path, size);
    return countProgress();
  }
  if (size > run.limits.maxEntryBytes) {
    countProgress();
    return run.queue.push(
      failed(path, null, `${size} bytes: over the ${run.limits.maxEntryBytes}-byte limit for one file`),
    );
  }
  const bytes = await readFile(path);
  if (named && detectFormat(path, bytes) === "zip") return importArchiveFile(run, path, size);
  run.budget.spend(bytes.length);
  if (named) run.progress.doneBytes += size;
  countProgress();
  await run.queue.submit(path, bytes, hints);
}

async function importArchiveFile(run: Run, path: string, size: number): Promise<void> {
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.openFile(path);
  } catch (e) {
    return run.queue.push(failed(path, null, (e as Error).message));
  }
  try {
    await importArchive(run, archive, path, 1, size);
  } finally {
    await archive.close();
  }
}

/** `share`: the progress bytes this archive stands for (its file size; for a nested one, its entry's part). */
async function importArchive(
  run: Run,
  archive: ZipArchive,
  label: string,
  depth: number,
  share: number,
): Promise<void> {
  if (archive.entryCount > run.limits.maxEntries) {
    return run.queue.push(
      failed(label, null, `${archive.entryCount} entries: over the ${run.limits.maxEntries}-entry limit`),
    );
  }
  let entries: ZipEntry[];
  try {
    entries = [];
    for await (const entry of archive.entries()) entries.push(entry);
  } catch (e) {
    return run.queue.push(failed(label, null, (e as Error).message));
  }
  const hints = await readArchiveHints(run, archive, entries);
  const totalCompressed = entries.reduce((sum, e) => sum + e.compressedSize, 0) || 1;
  for (const entry of entries) {
    const name = `${label}!/${entry.name}`;
    try {
      await importEntry(
        run,
        archive,
        entry,
        name,
        depth,
        hints,
        (entry.compressedSize / totalCompressed) * share,
      );
    } catch (e) {
      await run.queue.push(failed(name, null, (e as Error).message));
    }
    if (entryRole(entry.name) !== "archive") {
      run.progress.doneBytes += (entry.compressedSize / totalCompressed) * share;
      // Entries that give no result (media/, routes/) move the progress on too, up to 100 %.
      run.options.onProgress?.({ ...run.progress });
    }
  }
}

async function readArchiveHints(
  run: Run,
  archive: ZipArchive,
  entries: readonly ZipEntry[],
): Promise<ExportHints> {
  const hints = noHints();
  for (const entry of entries) {
    const role = entryRole(entry.name);
    if (role !== "strava-index" && role !== "garmin-summaries") continue;
    const read = async () => (await archive.read(entry, run.limits, run.budget)).toString("utf8");
    await readHintEntry(hints, role, read, run.limits).catch(() => undefined);
  }
  if (hints.garminSummaryCount !== null) run.options.onGarminSummaries?.(hints.garminSummaryCount);
  return hints;
}

async function importEntry(
  run: Run,
  archive: ZipArchive,
  entry: ZipEntry,
  name: string,
  depth: number,
  hints: ExportHints,
  share: number,
): Promise<void> {
  const role = entryRole(entry.name);
  if (role === "archive") {
    if (depth >= run.limits.maxDepth) {
      return run.queue.push(
        failed(name, null, `archive nested ${depth + 1} deep: over the limit of ${run.limits.maxDepth}`),
      );
    }
    // The nested archive goes to a temporary file, still compressed: memory stays flat whatever its size.
    const path = join(await run.scratch(), `nested-${nestedCount++}.zip`);
    try {
      await archive.extractTo(entry, path, run.limits, run.budget, run.limits.maxNestedArchiveBytes);
      const inner = await ZipArchive.openFile(path);
      try {
        return await importArchive(run, inner, name, depth + 1, share);
      } finally {
        await inner.close();
      }
    } finally {
      await rm(path, { force: true });
    }
  }
  if (role !== "activity") return;
  if (isPlainFit(entry.name)) {
    const head = await archive.readHead(entry, FIT_PEEK_BYTES, run.budget);
    const skipped = skipNonActivityFit(name, head);
    if (skipped) return run.queue.push(skipped);
    if (ZipArchive.isWhole(entry, head)) return run.queue.submit(name, head, hints, entry.name);
  }
  const bytes = await archive.read(entry, run.limits, run.budget);
  await run.queue.submit(name, bytes, hints, entry.name);
}

/** A not-activity result when the FIT's file_id (in its first bytes) names another file type. */
function skipNonActivityFit(name: string, head: Uint8Array): ImportFileResult | null {
  if (head.length === 0 || detectFormat(name, head) !== "fit") return null;
  const peek = decodeFit(head, { checkCrc: false });
  if (peek.kind !== "not_activity") return null;
  return { ...failed(name, "fit", `not an activity: ${peek.reason}`), kind: "not_activity" };
}
