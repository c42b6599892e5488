// A zip archive read entry by entry: yauzl (lazyEntries) walks the central directory of a file on disk (the
// export, or a nested archive spilled compressed to a temporary file); an entry's bytes are read only when
// asked and inflated in one capped native call (zlib) under the import limits. Unread entries cost nothing.
import { createWriteStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants, createInflateRaw, inflateRawSync } from "node:zlib";
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
    if (this.used > this.max)
      throw new LimitExceeded(`more than ${this.max} bytes uncompressed in this import (limit)`);
  }
}

/** Where an archive's bytes are: a file (the user's export, or a nested archive spilled to a temporary file). */
type ZipSource = { readonly kind: "file"; readonly handle: FileHandle };

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;
/** The most a head peek may inflate to (a peek of a bomb stops here). */
const PEEK_OUTPUT_CAP = 1024 * 1024;

export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly source: ZipSource,
  ) {}

  static async openFile(path: string): Promise<ZipArchive> {
    const handle = await open(path, "r");
    try {
      const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
        yauzl.fromFd(handle.fd, { lazyEntries: true, autoClose: false }, (error, z) =>
          error ? reject(describeZipError(error)) : resolve(z),
        );
      });
      return new ZipArchive(zip, { kind: "file", handle });
    } catch (e) {
      await handle.close();
      throw e;
    }
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

  /**
   * The whole entry, inflated in one native call whose output is capped by the size and ratio limits, so a
   * bomb stops at the cap instead of filling memory.
   */
  async read(
    entry: ZipEntry,
    limits: ImportLimits,
    budget: ByteBudget,
    maxBytes = limits.maxEntryBytes,
  ): Promise<Buffer> {
    const compressed = await this.compressedBytes(entry);
    const ratioCap = Math.max(limits.ratioFloorBytes, limits.maxRatio * Math.max(1, entry.compressedSize));
    const cap = Math.min(maxBytes, ratioCap);
    let out: Buffer;
    try {
      out = inflate(entry, compressed, cap, false);
    } catch (e) {
      if (!(e instanceof RangeError)) throw new Error(`broken zip entry: ${(e as Error).message}`);
      if (cap === maxBytes) throw new LimitExceeded(`entry inflates past ${maxBytes} bytes (limit)`);
      throw new LimitExceeded(
        `entry inflates more than ${limits.maxRatio}x (${entry.compressedSize} compressed bytes): zip bomb suspected`,
      );
    }
    budget.spend(out.length);
    if (out.length !== entry.declaredSize)
      throw new Error(`broken zip entry: ${out.length} bytes inflated, ${entry.declaredSize} declared`);
    return out;
  }

  /** The first bytes of the entry (about `bytes`; all of a shorter one), from inflating only its start. */
  async readHead(entry: ZipEntry, bytes: number, budget: ByteBudget): Promise<Buffer> {
    const compressed = await this.compressedBytes(entry, bytes);
    let out: Buffer;
    try {
      out = inflate(entry, compressed, PEEK_OUTPUT_CAP, compressed.length < entry.compressedSize);
    } catch (e) {
      if (e instanceof RangeError)
        throw new LimitExceeded("entry's first bytes inflate past 1 MB: zip bomb suspected");
      throw new Error(`broken zip entry: ${(e as Error).message}`);
    }
    budget.spend(out.length);
    return out;
  }

  /**
   * Streams the entry, inflated, into a file (a nested archive: kept compressed on disk rather than held in
   * memory), under the same size, ratio and budget limits as `read`.
   */
  async extractTo(
    entry: ZipEntry,
    path: string,
    limits: ImportLimits,
    budget: ByteBudget,
    maxBytes: number,
  ): Promise<void> {
    const start = await this.dataStart(entry);
    const end = start + entry.compressedSize;
    const input = this.source.handle.createReadStream({
      start,
      end: Math.max(start, end - 1),
      autoClose: false,
    });
    const method = entry.raw.compressionMethod;
    if (method !== STORED && method !== DEFLATED)
      throw new Error(`broken zip entry: compression method ${method} is not supported`);
    let total = 0;
    const guard = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        total += chunk.length;
        try {
          budget.spend(chunk.length);
          if (total > maxBytes) throw new LimitExceeded(`entry inflates past ${maxBytes} bytes (limit)`);
          if (total > limits.ratioFloorBytes && total > limits.maxRatio * Math.max(1, entry.compressedSize)) {
            throw new LimitExceeded(
              `entry inflates more than ${limits.maxRatio}x (${entry.compressedSize} compressed bytes): zip bomb suspected`,
            );
          }
          done(null, chunk);
        } catch (e) {
          done(e as Error);
        }
      },
    });
    try {
      const output = createWriteStream(path);
      if (method === DEFLATED) await pipeline(input, createInflateRaw(), guard, output);
      else await pipeline(input, guard, output);
    } catch (e) {
      throw e instanceof LimitExceeded ? e : new Error(`broken zip entry: ${(e as Error).message}`);
    }
  }

  /** True when `head` (from readHead) is the entry's whole content. */
  static isWhole(entry: ZipEntry, head: Uint8Array): boolean {
    return head.length === entry.declaredSize;
  }

  /** yauzl reads through our handle's descriptor: closing the handle is the one close. */
  close(): Promise<void> {
    return this.source.handle.close();
  }

  private async dataStart(entry: ZipEntry): Promise<number> {
    const offset = entry.raw.relativeOffsetOfLocalHeader;
    const header = await this.slice(offset, LOCAL_HEADER_BYTES);
    if (header.length < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new Error(`broken zip: no local header for ${entry.name}`);
    }
    if ((entry.raw.generalPurposeBitFlag & 1) !== 0) throw new Error("broken zip entry: encrypted");
    return offset + LOCAL_HEADER_BYTES + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  private async compressedBytes(entry: ZipEntry, atMost = Number.POSITIVE_INFINITY): Promise<Buffer> {
    const dataStart = await this.dataStart(entry);
    const length = Math.min(entry.compressedSize, atMost);
    const data = await this.slice(dataStart, length);
    if (data.length < length) throw new Error(`broken zip: ${entry.name} is cut short`);
    return data;
  }

  private async slice(position: number, length: number): Promise<Buffer> {
    const out = Buffer.allocUnsafe(length);
    const { bytesRead } = await this.source.handle.read(out, 0, length, position);
    return out.subarray(0, bytesRead);
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
}

/** Inflates (or copies, when stored) `compressed`, never past `cap` bytes (RangeError beyond). */
function inflate(entry: ZipEntry, compressed: Buffer, cap: number, partial: boolean): Buffer {
  const method = entry.raw.compressionMethod;
  if (method === STORED) {
    if (compressed.length > cap) throw new RangeError("over the cap");
    return compressed;
  }
  if (method !== DEFLATED) throw new Error(`compression method ${method} is not supported`);
  return inflateRawSync(compressed, {
    maxOutputLength: cap,
    ...(partial ? { finishFlush: constants.Z_SYNC_FLUSH } : {}),
  });
}

function describeZipError(error: Error): Error {
  return error instanceof LimitExceeded ? error : new Error(`broken zip: ${error.message}`);
}
