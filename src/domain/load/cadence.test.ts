import { describe, expect, it } from "vitest";
import { plannedRun, type RunPlan } from "../../../test/synthetic-runs.ts";
import {
  addRunCadence,
  cadenceOverTime,
  compareCadence,
  emptyCadenceBands,
  type CadenceBands,
} from "./cadence.ts";
import { traceSpeed } from "./speed-trace.ts";

function bandsOf(plans: Omit<RunPlan, "date">[]): CadenceBands {
  const bands = emptyCadenceBands();
  for (const plan of plans) {
    const run = plannedRun({ date: "2026-03-01", ...plan });
    addRunCadence(bands, run.samples!, traceSpeed(run.samples!));
  }
  return bands;
}

describe("compareCadence", () => {
  it("finds a drop of cadence at the same speed", () => {
    const before = bandsOf([
      { km: 8, cadenceSpm: 172 },
      { km: 8, cadenceSpm: 172 },
    ]);
    const after = bandsOf([
      { km: 8, cadenceSpm: 164 },
      { km: 8, cadenceSpm: 164 },
    ]);
    const c = compareCadence(before, after);
    expect(c.kind).toBe("ok");
    if (c.kind !== "ok") return;
    expect(c.meanChangePct).toBeCloseTo((164 / 172 - 1) * 100, 1);
    expect(c.bands).toHaveLength(1);
    expect(c.bands[0]).toMatchObject({ fromMps: 3, toMps: 3.25 });
  });

  it("compares only matching speeds: a faster runner with the same stride shows no change", () => {
    // Before: easy at 3 m/s. After: the same runs plus some at 3.5 m/s (higher cadence there, as speed rises).
    const before = bandsOf([
      { km: 10, cadenceSpm: 170 },
      { km: 10, cadenceSpm: 170 },
    ]);
    const after = bandsOf([
      { km: 10, cadenceSpm: 170 },
      { km: 10, easyMps: 3.5, cadenceSpm: 174 },
    ]);
    const c = compareCadence(before, after);
    expect(c.kind === "ok" && Math.abs(c.meanChangePct)).toBeLessThan(0.01);
  });

  it("doubles a one-foot cadence (some TCX/GPX files count one foot)", () => {
    const both = bandsOf([
      { km: 8, cadenceSpm: 170 },
      { km: 8, cadenceSpm: 170 },
    ]);
    const oneFoot = bandsOf([
      { km: 8, cadenceSpm: 85 },
      { km: 8, cadenceSpm: 85 },
    ]);
    const c = compareCadence(both, oneFoot);
    expect(c.kind === "ok" && c.meanChangePct).toBeCloseTo(0, 6);
  });

  it("says not enough data with too little matched running", () => {
    const c = compareCadence(bandsOf([{ km: 2 }]), bandsOf([{ km: 2 }]));
    expect(c).toEqual({
      kind: "not_enough_data",
      reason: expect.stringMatching(/min of running with cadence.*20 min needed/),
    });
  });

  it("ignores walking-speed samples", () => {
    const c = compareCadence(
      bandsOf([{ km: 8, easyMps: 1.3, cadenceSpm: 120 }]),
      bandsOf([{ km: 8, easyMps: 1.3, cadenceSpm: 110 }]),
    );
    expect(c.kind).toBe("not_enough_data");
  });
});

describe("cadenceOverTime", () => {
  it("reads every week at the speed run most, and says nothing for a week with too little running there", () => {
    const weeks = [
      bandsOf([
        { km: 8, cadenceSpm: 172 },
        { km: 3, easyMps: 4, cadenceSpm: 180 },
      ]),
      bandsOf([
        { km: 0.5, cadenceSpm: 165 },
        { km: 10, easyMps: 4, cadenceSpm: 180 },
      ]), // 3 min at 3 m/s: too little
      bandsOf([{ km: 8, cadenceSpm: 166 }]),
    ];
    const c = cadenceOverTime(weeks);
    expect(c).toMatchObject({ fromMps: 3, toMps: 3.25 });
    expect(c?.spm.map((v) => (v === null ? null : Math.round(v)))).toEqual([172, null, 166]);
  });

  it("is null without cadence", () => {
    expect(cadenceOverTime([emptyCadenceBands(), emptyCadenceBands()])).toBeNull();
  });
});
