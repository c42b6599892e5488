// The load report as plain text for a terminal or an e-mail: what changed, the likely factors, what to change.
import type { LoadFactor } from "./factors.ts";
import type { LoadReport, WeekLoad } from "./load-report.ts";
import type { RunSpike } from "./spikes.ts";
import { count, km, minutes, pace, pct } from "./units-text.ts";

export function loadReportText(report: LoadReport): string {
  return (
    [
      header(report),
      weekTable(report),
      changeSection(report),
      spikeSection(report.spikes),
      factorSection(report.factors),
      notesSection(report.notes),
      capSection(report),
      "An estimate from your watch data, not a diagnosis: a physiotherapist or sports doctor can tell you more.",
    ]
      .filter((s) => s !== "")
      .join("\n\n") + "\n"
  );
}

function header(r: LoadReport): string {
  const ignored =
    r.activitiesNotRunning > 0
      ? ` (${count(r.activitiesNotRunning, "other activity", "other activities")} ignored)`
      : "";
  const unreadable =
    r.activitiesWithUnreadableStart > 0
      ? `; ${count(r.activitiesWithUnreadableStart, "run")} skipped: start time unreadable`
      : "";
  return [
    `Training load before the injury on ${r.injuryDate}`,
    `${count(r.runsInReport, "run")} in the ${count(r.weeks.length, "week")} shown${ignored}${unreadable}.`,
    `Compared: the last 4 weeks (${r.recent.from} to ${r.recent.to}) with the 4 weeks before (${r.baseline.from} to ${r.baseline.to}).`,
    speedLine(r),
  ]
    .filter((s) => s !== "")
    .join("\n");
}

function speedLine(r: LoadReport): string {
  const s = r.speedReference;
  if (s.kind !== "ok") return "";
  return `Fast running means faster than ${pace(s.thresholdMps)} (your top sustained speed: ${pace(s.topSpeedMps)}, from ${count(s.runsWithSpeed, "run")}).`;
}

function weekTable(r: LoadReport): string {
  const weeks: readonly WeekLoad[] = r.weeks;
  const rows = [["Week of", "Runs", "Distance", "Time", "Change", "Fast", "Cadence"]];
  for (const w of weeks) {
    rows.push([
      w.partial ? `${w.weekStart}*` : w.weekStart,
      String(w.runs),
      km(w.distanceM),
      minutes(w.timeS),
      w.distanceChangePct === null ? "-" : pct(w.distanceChangePct),
      w.highSpeedS === null ? "-" : minutes(w.highSpeedS),
      w.cadenceSpm === null ? "-" : String(Math.round(w.cadenceSpm)),
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const lines = rows.map((row) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "),
  );
  const partial = weeks.find((w) => w.partial);
  if (partial) lines.push(`* counted up to ${partial.lastDay}.`);
  lines.push(
    "Change: distance against the week before; shown, not used as a rule (Buist 2008). Fast: time above the fast-running pace.",
  );
  if (r.cadenceBand)
    lines.push(
      `Cadence: steps per minute at ${pace(r.cadenceBand.toMps)} to ${pace(r.cadenceBand.fromMps)}, your most-run pace.`,
    );
  return lines.join("\n");
}

/** The three comparisons of the last 4 weeks with the 4 before, shown whether or not a factor fired. */
function changeSection(r: LoadReport): string {
  const lines: string[] = [];
  const v = r.volume;
  if (v.kind === "ok") {
    const change = v.changePct === null ? "none before" : pct(v.changePct);
    lines.push(
      `  Volume: ${v.recentKmPerWeek.toFixed(1)} km and ${Math.round(v.recentMinutesPerWeek)} min a week, against ${v.baselineKmPerWeek.toFixed(1)} km and ${Math.round(v.baselineMinutesPerWeek)} min (${change} by ${v.measure})`,
    );
  }
  const h = r.highSpeed;
  if (h.kind === "ok")
    lines.push(`  Fast running: ${minutes(h.recentPerWeekS)} a week, against ${minutes(h.baselinePerWeekS)}`);
  const c = r.cadence;
  if (c.kind === "ok") {
    lines.push(
      `  Cadence at the same speed: ${pct(c.meanChangePct)} (${Math.round(c.matchedMinutes)} min of running compared)`,
    );
    if (r.factors.some((f) => f.id === "LOAD-CADENCE")) {
      for (const b of c.bands) {
        lines.push(
          `    ${pace(b.toMps)} to ${pace(b.fromMps)}: ${Math.round(b.baselineSpm)} -> ${Math.round(b.recentSpm)} steps/min (${pct(b.changePct)})`,
        );
      }
    }
  }
  return lines.length === 0 ? "" : ["Last 4 weeks against the 4 before:", ...lines].join("\n");
}

function spikeSection(spikes: readonly RunSpike[]): string {
  if (spikes.length === 0) return "No run was longer than the longest of the 30 days before it.";
  const lines = spikes.map((s) => {
    const len = (v: number) => (s.measure === "distance" ? km(v) : minutes(v));
    return `  ${s.date}  ${len(s.length)} against ${len(s.reference)} (${s.referenceDate})  ${pct(s.increasePct)}  ${s.bandLabel}  hazard ${s.hazardRatio}x`;
  });
  return [
    "Runs longer than the longest of the 30 days before (bands and hazards: Frandsen 2025):",
    ...lines,
  ].join("\n");
}

function factorSection(factors: readonly LoadFactor[]): string {
  if (factors.length === 0) return "Likely contributing factors: none found in the training data.";
  const blocks = factors.map((f, i) =>
    [
      `${i + 1}. ${f.title} [${f.id}]`,
      `   ${f.text}`,
      `   What to change: ${f.change}`,
      `   Source: ${f.source}`,
      `   Caveat: ${f.caveat}`,
    ].join("\n"),
  );
  return ["Likely contributing factors:", ...blocks].join("\n");
}

function notesSection(notes: readonly string[]): string {
  return notes.length === 0 ? "" : ["What could not be judged:", ...notes.map((n) => `  - ${n}`)].join("\n");
}

function capSection(r: LoadReport): string {
  const c = r.nextRunCap;
  if (!c)
    return `Next run: no run with a distance in the 30 days up to ${r.nextRunAsOf}, so no single-run cap can be given.`;
  return (
    `Next run (as of ${c.asOf}): your longest run of the last 30 days was ${c.longestRunLast30DaysKm.toFixed(1)} km (${c.longestRunDate}); ` +
    `keep any single run at or under ${c.capKm.toFixed(1)} km (+10 %, Frandsen 2025).`
  );
}
