// Where an upload decodes depends on how much decoding it means, not on its compressed size.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { decodedBytes } from "./import-job-runner.ts";

const dir = mkdtempSync(join(tmpdir(), "strideback-decoded-bytes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("decodedBytes", () => {
  const xml = new TextEncoder().encode(
    "<trkpt lat='1' lon='2'><time>2024-01-01T00:00:00Z</time></trkpt>\n".repeat(200_000),
  );

  it("is a plain file's size", async () => {
    expect(await decodedBytes(file("run.gpx", xml))).toBe(xml.length);
  });

  it("is a gzip's inflated size, far above its own", async () => {
    const gz = gzipSync(xml);
    expect(gz.length).toBeLessThan(xml.length / 20);
    expect(await decodedBytes(file("run.gpx.gz", gz))).toBe(xml.length);
  });

  it("counts any zip as big (it may nest archives)", async () => {
    expect(await decodedBytes(file("small.zip", zipSync({ "a.gpx": xml.subarray(0, 1000) })))).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it("reads a file too short to be gzip as itself", async () => {
    expect(await decodedBytes(file("tiny.gz", new Uint8Array([0x1f, 0x8b, 8])))).toBe(3);
  });
});
