// Input validation: every violation reported with its path and a plain message; nothing guessed.
import { describe, expect, it } from "vitest";
import { parseEpisode } from "./episode.ts";
import { checkIn, episode, onDay, run } from "../../test/episode-fixtures.ts";

const issuesOf = (input: unknown) => {
  const r = parseEpisode(input);
  return r.ok ? [] : r.issues;
};

describe("parseEpisode", () => {
  it("accepts a sound episode and ignores unknown fields", () => {
    const r = parseEpisode({ ...episode(), extra: 1, runner: { ...episode().runner, shoeSize: 44 } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.runner).not.toHaveProperty("shoeSize");
  });

  it.each([
    [
      "an unknown enum value",
      { ...episode(), checkIns: [{ ...checkIn(onDay(1)), walking: "hopping" }] },
      "checkIns.0.walking",
      /must be one of/,
    ],
    [
      "a pain above 10",
      { ...episode(), checkIns: [{ ...checkIn(onDay(1)), painAtRest: 11 }] },
      "checkIns.0.painAtRest",
      /from 0 to 10/,
    ],
    [
      "an age below 10",
      { ...episode(), runner: { age: 8, previousHamstringStrain: "none" } },
      "runner.age",
      /from 10 to 100/,
    ],
    [
      "a wrong type",
      { ...episode(), injury: { ...episode().injury, popFelt: "yes" } },
      "injury.popFelt",
      /must be a boolean/,
    ],
    [
      "a missing field",
      { ...episode(), checkIns: [{ ...checkIn(onDay(1)), gapFelt: undefined }] },
      "checkIns.0.gapFelt",
      /is required/,
    ],
    ["an impossible date", { ...episode(), today: "2026-02-30" }, "today", /real calendar date/],
    [
      "a check-in before the injury",
      { ...episode(), checkIns: [checkIn(onDay(-1))] },
      "checkIns.0.date",
      /before the injury/,
    ],
    [
      "a check-in after today",
      episode({ day: 3, checkIns: [checkIn(onDay(4))] }),
      "checkIns.0.date",
      /after today/,
    ],
    [
      "check-ins out of order",
      episode({ day: 5, checkIns: [checkIn(onDay(3)), checkIn(onDay(2))] }),
      "checkIns.1.date",
      /date order/,
    ],
    ["a run after today", episode({ day: 5, runs: [run(onDay(6))] }), "runs.0.date", /after today/],
    [
      "an injury after today",
      { ...episode({ day: 0, checkIns: [] }), today: onDay(-2) },
      "injury.date",
      /after today/,
    ],
    ["no check-in", episode({ checkIns: [] }), "checkIns", /at least one/],
    [
      "an effort above 1",
      episode({ runs: [run(onDay(3), { effort: 1.5 })] }),
      "runs.0.effort",
      /from 0 to 1/,
    ],
    ["the wrong schema", { ...episode(), schema: "strideback/episode@2" }, "schema", /strideback\/episode@1/],
  ])("rejects %s, with its path", (_what, input, path, message) => {
    const issues = issuesOf(input);
    const hit = issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it("reports date-order problems together with field errors", () => {
    const input = { ...episode({ day: 3, checkIns: [checkIn(onDay(5))] }), runner: { age: "old" } };
    const paths = issuesOf(input).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["runner.age", "checkIns.0.date"]));
  });
});
