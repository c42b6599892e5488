import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { activityFit, settingsFit } from "../activities/fit/fit-fixtures.ts";
import { repoRoot } from "../../test/corpus.ts";
import { type ActivitySink, runImport } from "./import.ts";

const dir = mkdtempSync(join(tmpdir(), "strideback-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = writeFile("run.fit", activityFit({ records: 120 }));
const settings = writeFile("settings.fit", settingsFit());
const empty = writeFile("empty.gpx", new Uint8Array());

function writeFile(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function capture() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

async function importWith(paths: string[], flags: Parameters<typeof runImport>[1], sink?: ActivitySink) {
  const stdout = capture();
  const stderr = capture();
  const code = await runImport(
    paths,
    { threads: "0", ...flags },
    { stdout: stdout.stream, stderr: stderr.stream, ...(sink ? { openSink: async () => sink } : {}) },
  );
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("strideback import", () => {
  it("--dry-run --json prints one line per file and a report", async () => {
    const { code, stdout, stderr } = await importWith([run, settings, empty], { dryRun: true, json: true });
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        file: run,
        kind: "activity",
        ok: true,
        sport: "running",
        start: "2024-05-01T06:00:00.000Z",
        utcOffsetS: null,
        localDate: "2024-05-01",
        durationS: 119,
        distanceM: 357,
        records: 120,
      },
      expect.objectContaining({
        file: settings,
        kind: "not_activity",
        ok: false,
        error: expect.stringMatching(/settings/),
      }),
      expect.objectContaining({ file: empty, kind: "error", ok: false, error: "empty file (0 bytes)" }),
    ]);
    expect(stderr).toMatch(
      /would import 1 activities \(120 records\); skipped 1 files that are not activities; 1 failed/,
    );
    expect(stderr).toContain(`failed ${empty}: empty file (0 bytes)`);
    expect(code).toBe(0);
  });

  it("dates each activity by the file's own offset, else by --tz (the machine's zone by default)", async () => {
    // 03:00 UTC on 1 May: the evening of 30 April in California, the morning of 1 May in Paris.
    const evening = writeFile(
      "evening.fit",
      activityFit({ records: 60, start: new Date("2024-05-01T03:00:00Z") }),
    );
    const withOffset = writeFile(
      "offset.fit",
      activityFit({ records: 60, start: new Date("2024-05-01T03:00:00Z"), localOffsetS: 10 * 3600 }),
    );
    const dates = async (tz: string) => {
      const { code, stdout } = await importWith([evening, withOffset], { dryRun: true, json: true, tz });
      expect(code).toBe(0);
      return stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { utcOffsetS: number | null; localDate: string });
    };
    expect(await dates("America/Los_Angeles")).toMatchObject([
      { utcOffsetS: null, localDate: "2024-04-30" },
      { utcOffsetS: 36000, localDate: "2024-05-01" },
    ]);
    expect(await dates("Europe/Paris")).toMatchObject([
      { localDate: "2024-05-01" },
      { localDate: "2024-05-01" },
    ]);
    const bad = await importWith([evening], { dryRun: true, json: true, tz: "Pacific Time" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--tz must be an IANA time zone/);
  });

  it("exits 1 when nothing could be imported", async () => {
    expect((await importWith([empty], { dryRun: true })).code).toBe(1);
  });

  it("refuses to run without --dry-run while no store is wired in", async () => {
    const { code, stderr } = await importWith([run], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/--dry-run/);
  });

  it("hands each activity to the sink when not a dry run", async () => {
    const stored: string[] = [];
    let queued: string[] = [];
    const sink: ActivitySink = {
      add: async (file, activity) => void queued.push(`${file} ${activity.start}`),
      flush: async () => {
        stored.push(...queued);
        queued = [];
      },
      get created() {
        return stored.length;
      },
      close: async () => undefined,
    };
    const { code, stderr } = await importWith([run, settings], {}, sink);
    expect(code).toBe(0);
    expect(stored).toEqual([`${run} 2024-05-01T06:00:00.000Z`]);
    expect(stderr).toMatch(/Stored 1 new of 1 activities/);
  });

  it("runs as ./bin/strideback with decoding threads", () => {
    const out = execFileSync(
      join(repoRoot, "bin/strideback"),
      ["import", "--dry-run", "--json", "--threads", "2", run, settings],
      { encoding: "utf8" },
    );
    expect(
      out
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { kind: string }).kind)
        .sort(),
    ).toEqual(["activity", "not_activity"]); // completion order
  });

  it("says plainly when the account to store into does not exist, and stores nothing", () => {
    const dataDir = mkdtempSync(join(dir, "data-"));
    const r = spawnSync(join(repoRoot, "bin/strideback"), ["import", run], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", STRIDEBACK_USER: "nobody@example.com" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^strideback import: no account with the e-mail nobody@example\.com in .*; nothing was imported\n$/,
    );
    expect(r.stderr).not.toMatch(/\bat \S+ \(/); // no stack trace
  });
});
