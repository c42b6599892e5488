// The likely contributing factors, as a table a clinician can review: id, condition, text, what to change, source.
// The report walks the table; a factor fires only with the numbers behind it.
import type { NotEnoughData } from "./analysis-result.ts";
import type { CadenceChange } from "./cadence.ts";
import { TOP_SPEED_SHARE, TYPICAL_SPEED_MULTIPLE, type HighSpeedChange } from "./high-speed.ts";
import { SPIKE_CAP_PCT, type RunSpike } from "./spikes.ts";
import { km, minutes, pace, pct, round } from "./units-text.ts";
import type { VolumeChange } from "./volume-change.ts";

/** What the factor table reads: the analyses of the weeks before the injury. */
export interface LoadAnalysis {
  /** Runs of the last weeks longer than their 30-day reference. */
  readonly recentSpikes: readonly RunSpike[];
  readonly volume: VolumeChange | NotEnoughData;
  readonly highSpeed: HighSpeedChange | NotEnoughData;
  readonly cadence: CadenceChange | NotEnoughData;
}

export type FactorId = "LOAD-SPIKE" | "LOAD-SPEED" | "LOAD-CADENCE" | "LOAD-VOLUME";

export interface Finding {
  readonly numbers: Readonly<Record<string, number>>;
  readonly text: string;
}

export interface FactorRule {
  readonly id: FactorId;
  readonly title: string;
  /** The condition in words, for review. */
  readonly condition: string;
  readonly source: string;
  readonly change: string;
  readonly caveat: string;
  readonly evaluate: (a: LoadAnalysis) => Finding | null;
}

export interface LoadFactor extends Finding {
  readonly id: FactorId;
  readonly title: string;
  readonly source: string;
  readonly change: string;
  readonly caveat: string;
}

/** Thresholds of the table; the seed gives no numbers for volume, speed or cadence, so these are product choices. */
export const FACTOR_THRESHOLDS = {
  spikeAbovePct: SPIKE_CAP_PCT,
  volumeIncreasePct: 30,
  speedMinRecentPerWeekS: 120,
  speedNewBelowPerWeekS: 60,
  speedIncreaseRatio: 1.5,
  cadenceDropPct: 3,
} as const;

const T = FACTOR_THRESHOLDS;

export const LOAD_FACTORS: readonly FactorRule[] = [
  {
    id: "LOAD-SPIKE",
    title: "A run much longer than your recent longest",
    condition: `a run in the last 4 weeks more than ${T.spikeAbovePct} % longer (distance, or time without distance) than the longest run of the 30 days before it`,
    source:
      "Frandsen 2025 (5,205 runners, BJSM 59:1203): hazard 1.64 (>10-30 %), 1.52 (>30-100 %), 2.28 (>100 %) vs <=10 %",
    change: `Keep any single run no more than ${T.spikeAbovePct} % longer than your longest run of the previous 30 days.`,
    caveat: "An association in a large observational cohort, not proof of cause.",
    evaluate: spikeFinding,
  },
  {
    id: "LOAD-SPEED",
    title: "More fast running than before",
    condition: `in the last 4 weeks at least ${T.speedMinRecentPerWeekS / 60} min/week above your high-speed threshold, and either under ${T.speedNewBelowPerWeekS / 60} min/week before (new) or ${T.speedIncreaseRatio}x the 4 weeks before`,
    source:
      'seed (causes, overuse: "high-speed running is a large risk factor"); Chumanov 2011; Schache 2012',
    change:
      "Bring fast running back last and gradually: relaxed strides first, then short efforts, one change at a time, and only when easy running is comfortable.",
    caveat:
      "Speed loads the hamstrings most (biomechanics); the injury evidence for sprint work is from team sports, indirect for distance runners.",
    evaluate: speedFinding,
  },
  {
    id: "LOAD-CADENCE",
    title: "Fewer steps per minute at the same speed (a longer stride)",
    condition: `cadence at matched speeds (0.25 m/s bands) ${T.cadenceDropPct} % or more lower in the last 4 weeks than in the 4 weeks before`,
    source: "seed (causes, running gait: overstriding); Heiderscheit 2011",
    change:
      "Have a professional analyse your running gait. If you do overstride, a cue of 5-10 % more steps per minute at the same speed lowers the load on hip and knee.",
    caveat:
      "Biomechanics only: no trial shows that a cadence change prevents hamstring strains. Cadence also changes with shoes, terrain, fatigue and the watch.",
    evaluate: cadenceFinding,
  },
  {
    id: "LOAD-VOLUME",
    title: "More running than before",
    condition: `weekly running volume of the last 4 weeks at least ${T.volumeIncreasePct} % above the 4 weeks before, or running again after 4 weeks without`,
    source:
      'seed (causes, overuse: "Have you recently increased your running volume?"); Buist 2008; Frandsen 2025',
    change:
      "Build volume back gradually and give the body time to adapt; judge each run by the single-run rule rather than a weekly percentage.",
    caveat:
      "Weekly increases alone did not predict injury (Buist 2008: the 10 % rule did not help; Frandsen 2025).",
    evaluate: volumeFinding,
  },
];

/** Walks the table: the factors that fire, in table order. */
export function contributingFactors(analysis: LoadAnalysis): LoadFactor[] {
  const out: LoadFactor[] = [];
  for (const rule of LOAD_FACTORS) {
    const finding = rule.evaluate(analysis);
    if (!finding) continue;
    const { id, title, source, change, caveat } = rule;
    out.push({ id, title, source, change, caveat, ...finding });
  }
  return out;
}

function spikeFinding(a: LoadAnalysis): Finding | null {
  const spikes = a.recentSpikes.filter((s) => s.increasePct > T.spikeAbovePct);
  const largest = spikes.reduce<RunSpike | null>(
    (m, s) => (!m || s.increasePct > m.increasePct ? s : m),
    null,
  );
  if (!largest) return null;
  const lines = spikes.map(
    (s) =>
      `${s.date}: ${spikeLength(s, s.length)} after a 30-day longest of ${spikeLength(s, s.reference)} (${pct(s.increasePct)}, band ${s.bandLabel}, hazard ${s.hazardRatio}x)`,
  );
  const numbers: Record<string, number> = {
    spikeRuns: spikes.length,
    largestIncreasePct: round(largest.increasePct, 1),
    hazardRatio: largest.hazardRatio,
  };
  if (largest.measure === "distance") {
    numbers["largestRunKm"] = round(largest.length / 1000, 2);
    numbers["referenceKm"] = round(largest.reference / 1000, 2);
  } else {
    numbers["largestRunMinutes"] = round(largest.length / 60, 1);
    numbers["referenceMinutes"] = round(largest.reference / 60, 1);
  }
  const runs = spikes.length === 1 ? "One run was" : `${spikes.length} runs were`;
  return {
    numbers,
    text: `${runs} more than ${T.spikeAbovePct} % longer than your longest of the 30 days before: ${lines.join("; ")}.`,
  };
}

function spikeLength(s: RunSpike, value: number): string {
  return s.measure === "distance" ? km(value) : minutes(value);
}

function speedFinding(a: LoadAnalysis): Finding | null {
  const h = a.highSpeed;
  if (h.kind !== "ok" || h.recentPerWeekS < T.speedMinRecentPerWeekS) return null;
  const isNew = h.baselinePerWeekS < T.speedNewBelowPerWeekS;
  if (!isNew && h.recentPerWeekS < T.speedIncreaseRatio * h.baselinePerWeekS) return null;
  const ref = h.reference;
  const numbers: Record<string, number> = {
    thresholdMps: round(ref.thresholdMps, 2),
    topSpeedMps: round(ref.topSpeedMps, 2),
    recentMinutesPerWeek: round(h.recentPerWeekS / 60, 1),
    baselineMinutesPerWeek: round(h.baselinePerWeekS / 60, 1),
  };
  if (h.baselinePerWeekS > 0)
    numbers["changePct"] = round((h.recentPerWeekS / h.baselinePerWeekS - 1) * 100, 1);
  const what = isNew ? "New fast running" : "More fast running";
  const basis =
    ref.thresholdBasis === "top_speed"
      ? `${TOP_SPEED_SHARE * 100} % of your top sustained speed, ${pace(ref.topSpeedMps)}`
      : `${TYPICAL_SPEED_MULTIPLE}x your typical speed, ${pace(ref.typicalSpeedMps ?? 0)}`;
  return {
    numbers,
    text:
      `${what}: ${minutes(h.recentPerWeekS)}/week faster than ${pace(ref.thresholdMps)} (${basis}) ` +
      `in the last 4 weeks, against ${minutes(h.baselinePerWeekS)}/week in the 4 weeks before.`,
  };
}

function cadenceFinding(a: LoadAnalysis): Finding | null {
  const c = a.cadence;
  if (c.kind !== "ok" || c.meanChangePct > -T.cadenceDropPct) return null;
  const biggest = c.bands.reduce((m, b) => (b.changePct < m.changePct ? b : m));
  return {
    numbers: {
      meanChangePct: round(c.meanChangePct, 1),
      matchedMinutes: round(c.matchedMinutes, 0),
      bandFromMps: biggest.fromMps,
      bandBaselineSpm: round(biggest.baselineSpm, 0),
      bandRecentSpm: round(biggest.recentSpm, 0),
    },
    text:
      `At the same speeds your cadence was ${pct(c.meanChangePct)} in the last 4 weeks (${Math.round(c.matchedMinutes)} min compared); ` +
      `at ${pace(biggest.toMps)} to ${pace(biggest.fromMps)} it went from ${Math.round(biggest.baselineSpm)} to ${Math.round(biggest.recentSpm)} steps/min. ` +
      "Fewer steps at the same speed means longer steps, which can be overstriding.",
  };
}

function volumeFinding(a: LoadAnalysis): Finding | null {
  const v = a.volume;
  if (v.kind !== "ok" || v.recentRuns === 0) return null;
  const fromBreak = v.changePct === null;
  if (!fromBreak && (v.changePct as number) < T.volumeIncreasePct) return null;
  const numbers: Record<string, number> = {
    recentKmPerWeek: round(v.recentKmPerWeek, 1),
    baselineKmPerWeek: round(v.baselineKmPerWeek, 1),
    recentMinutesPerWeek: round(v.recentMinutesPerWeek, 0),
    baselineMinutesPerWeek: round(v.baselineMinutesPerWeek, 0),
    recentRuns: v.recentRuns,
    baselineRuns: v.baselineRuns,
  };
  if (v.changePct !== null) numbers["changePct"] = round(v.changePct, 1);
  const per = (kmPerWeek: number, minPerWeek: number) =>
    v.measure === "distance" ? `${kmPerWeek.toFixed(1)} km/week` : `${Math.round(minPerWeek)} min/week`;
  const recent = per(v.recentKmPerWeek, v.recentMinutesPerWeek);
  const before = per(v.baselineKmPerWeek, v.baselineMinutesPerWeek);
  const text = fromBreak
    ? `You started running again (${recent} over the last 4 weeks) after 4 weeks without running.`
    : `Your running went up ${pct(v.changePct as number)}: ${recent} over the last 4 weeks against ${before} in the 4 weeks before.`;
  return { numbers, text };
}
