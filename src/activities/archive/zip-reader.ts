// A zip archive read entry by entry with yauzl (lazyEntries): from a file on disk, or from memory for a
// nested archive. Entries are inflated one at a time, only when asked, under the import limits; an entry
// that is not read costs nothing but its central-directory record.
import yauzl from "yauzl";
import { LimitExceeded, type ImportLimits } from "./limits.ts";

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  /** As declared by the archive: used for nothing but reports; limits count real bytes. */
  readonly declaredSize: number;
  readonly isDirectory: boolean;
  readonly raw: yauzl.Entry;
}

/** Uncompressed bytes read so far in one import, shared by every archive and level. */
export class ByteBudget {
  used = 0;
  constructor(readonly max: number) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.max) throw new LimitExceeded(`more than ${this.max} bytes uncompressed in this import (limit)`);
  }
}

export class ZipArchive {
  private constructor(private readonly zip: yauzl.ZipFile) {}

  static openFile(path: string): Promise<ZipArchive> {
    return new Promise((resolve, reject) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
        if (error) reject(describeZipError(error));
        else resolve(new ZipArchive(zip));
      });
    });
  }

  static openBuffer(buffer: Buffer): Promise<ZipArchive> {
    return new Promise((resolve, reject) => {
      yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false }, (error, zip) => {
        if (error) reject(describeZipError(error));
        else resolve(new ZipArchive(zip));
      });
    });
  }

  get entryCount(): number {
    return this.zip.entryCount;
  }

  /** Entries in central-directory order; throws (described) if the directory is corrupt. */
  async *entries(): AsyncGenerator<ZipEntry> {
    for (;;) {
      const entry = await this.nextEntry();
      if (!entry) return;
      yield {
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        declaredSize: entry.uncompressedSize,
        isDirectory: entry.fileName.endsWith("/"),
        raw: entry,
      };
    }
  }

  /** The whole entry, inflated, or a LimitExceeded / described error. */
  read(entry: ZipEntry, limits: ImportLimits, budget: ByteBudget, maxBytes = limits.maxEntryBytes): Promise<Buffer> {
    return this.collect(entry, Number.POSITIVE_INFINITY, limits, budget, maxBytes);
  }

  /** The first `bytes` bytes of the entry (or all of a shorter one); inflation stops there. */
  readHead(entry: ZipEntry, bytes: number, limits: ImportLimits, budget: ByteBudget): Promise<Buffer> {
    return this.collect(entry, bytes, limits, budget, limits.maxEntryBytes);
  }

  close(): void {
    this.zip.close();
  }

  private nextEntry(): Promise<yauzl.Entry | null> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        this.zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
      };
      const onEntry = (entry: yauzl.Entry) => (cleanup(), resolve(entry));
      const onEnd = () => (cleanup(), resolve(null));
      const onError = (error: Error) => (cleanup(), reject(describeZipError(error)));
      this.zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
      this.zip.readEntry();
    });
  }

  private collect(entry: ZipEntry, wanted: number, limits: ImportLimits, budget: ByteBudget, maxBytes: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry.raw, (error, stream) => {
        if (error) return reject(describeZipError(error));
        const chunks: Buffer[] = [];
        let total = 0;
        let settled = false;
        const finish = (outcome: Error | null) => {
          if (settled) return;
          settled = true;
          if (outcome) reject(outcome);
          else {
            const all = Buffer.concat(chunks, total);
            resolve(all.length > wanted ? all.subarray(0, wanted) : all);
          }
        };
        stream.on("data", (chunk: Buffer) => {
          total += chunk.length;
          chunks.push(chunk);
          try {
            budget.spend(chunk.length);
            checkEntrySize(entry, total, limits, maxBytes);
          } catch (limit) {
            stream.destroy();
            return finish(limit as Error);
          }
          if (total >= wanted) {
            stream.destroy();
            finish(null);
          }
        });
        stream.on("error", (e: Error) => finish(describeZipError(e)));
        stream.on("end", () => finish(null));
        stream.on("close", () => finish(null));
      });
    });
  }
}

function checkEntrySize(entry: ZipEntry, inflated: number, limits: ImportLimits, maxBytes: number): void {
  if (inflated > maxBytes) throw new LimitExceeded(`entry inflates past ${maxBytes} bytes (limit)`);
  if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * Math.max(1, entry.compressedSize)) {
    throw new LimitExceeded(
      `entry inflates more than ${limits.maxRatio}x (${entry.compressedSize} compressed bytes gave over ${inflated}): zip bomb suspected`,
    );
  }
}

function describeZipError(error: Error): Error {
  return error instanceof LimitExceeded ? error : new Error(`broken zip: ${error.message}`);
}
