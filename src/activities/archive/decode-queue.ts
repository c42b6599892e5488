// Decodes files as the walker reads them, keeping a few decodes in flight when the decoder is a worker pool
// (reading the next entry overlaps decoding the last), and hands each result on once, hints applied.
import type { ImportFileResult } from "../import-file.ts";
import { importBytes } from "../import-file.ts";
import { applyHints, type ExportHints } from "./export-hints.ts";
import type { ImportLimits } from "./limits.ts";

export interface DecodeService {
  /** How many decodes it can usefully run at once. */
  readonly parallelism: number;
  decode(file: string, bytes: Uint8Array): Promise<ImportFileResult>;
  close(): Promise<void>;
}

export function inProcessDecoder(limits: ImportLimits): DecodeService {
  return {
    parallelism: 1,
    decode: (file, bytes) => Promise.resolve(importBytes(file, bytes, limits)),
    close: () => Promise.resolve(),
  };
}

export class DecodeQueue {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly decoder: DecodeService,
    private readonly emit: (result: ImportFileResult) => Promise<void>,
  ) {}

  /** Starts decoding; waits first if the decoder is busy, so memory holds at most a few files. */
  async submit(file: string, bytes: Uint8Array, hints: ExportHints, pathInExport = file): Promise<void> {
    while (this.inFlight.size > this.decoder.parallelism) await Promise.race(this.inFlight);
    const job = this.decoder
      .decode(file, bytes)
      .then((result) => this.emit(applyHints(result, hints, pathInExport)))
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
    if (this.decoder.parallelism === 1) await job;
  }

  /** A result that needed no decoding (a skipped or unreadable entry). */
  async push(result: ImportFileResult): Promise<void> {
    await this.emit(result);
  }

  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.race(this.inFlight);
  }
}
