// Decisions per second for a 60-day episode with daily check-ins and 20 runs (SPEC budget: > 50,000/s on
// one core). Validation is measured separately: the server validates once per request, then decides.
import { performance } from "node:perf_hooks";
import { evaluateEpisode } from "../src/domain/engine.ts";
import { parseEpisode, type CheckIn, type Episode, type Run } from "../src/domain/episode.ts";
import { addDays } from "../src/domain/dates.ts";
import { checkIn, run } from "../test/episode-fixtures.ts";

function sixtyDayEpisode(): Episode {
  const injury = "2026-09-01";
  const checkIns: CheckIn[] = Array.from({ length: 60 }, (_, i) =>
    checkIn(addDays(injury, i + 1), {
      walking: i < 3 ? "limp" : "normal_pain_free",
      painAtRest: i < 5 ? 2 : 0,
      painWalking: i < 5 ? 3 : 0,
      tests: {
        standingCurlPain: i < 8 ? 1 : 0,
        phase2ExercisesPain: i < 14 ? 1 : 0,
        singleLegBridgePain: 0,
        fastLegSwingInsecure: false,
        kneeExtensionDiscomfort: false,
      },
    }),
  );
  const stage = [
    [20, 0.5],
    [20, 0.5],
    [30, 0.6],
    [40, 0.7],
    [50, 0.9],
    [60, 1.0],
  ] as const;
  const runs: Run[] = Array.from({ length: 20 }, (_, i) => {
    const [minutes, effort] = stage[Math.min(5, Math.floor(i / 3))]!;
    return run(addDays(injury, 18 + 2 * i), {
      minutes,
      effort,
      painDuring: i % 7 === 3 ? 3 : 1,
      painAfter: 1,
      painNextMorning: 0,
    });
  });
  return {
    schema: "strideback/episode@1",
    today: addDays(injury, 60),
    runner: { age: 38, previousHamstringStrain: "longer_ago" },
    injury: {
      date: injury,
      onset: "sudden",
      activity: "fast_running",
      popFelt: false,
      forcedToStop: true,
      painAtInjury: 5,
      location: { level: "middle", side: "outer" },
    },
    checkIns,
    runs,
    history: { longestRunLast30DaysKm: 10 },
  };
}

/**
 * Runs `fn` for about `seconds` and reports its rate by wall clock and by this process's CPU time. The
 * benchmark is single-threaded, so the CPU-time rate is the rate on one core even when the machine is shared.
 */
function rate(label: string, fn: () => unknown, seconds = 2): { wall: number; cpu: number } {
  for (let i = 0; i < 2000; i++) fn(); // warm-up
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 500; i++) fn();
    n += 500;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  const wall = n / ((now - start) / 1000);
  const onCpu = n / ((cpu.user + cpu.system) / 1e6);
  const fmt = (x: number) => Math.round(x).toLocaleString("en-US").padStart(10);
  console.log(
    `${label.padEnd(34)} ${fmt(onCpu)} /s per CPU second (${(1e6 / onCpu).toFixed(1)} µs)  ${fmt(wall)} /s wall clock`,
  );
  return { wall, cpu: onCpu };
}

const episode = sixtyDayEpisode();
const json = JSON.parse(JSON.stringify(episode)) as unknown;
const sample = evaluateEpisode(episode);
console.log(
  `episode: 60 days, ${episode.checkIns.length} check-ins, ${episode.runs?.length} runs -> phase ${sample.phase}, stage ${sample.runStage}, canRun ${sample.canRun}`,
);
const results = [3, 2, 1].map(() => rate("evaluateEpisode (decisions)", () => evaluateEpisode(episode)));
rate("parseEpisode + evaluateEpisode", () => {
  const p = parseEpisode(json);
  if (p.ok) evaluateEpisode(p.value);
});
const median = results.map((r) => r.cpu).sort((a, b) => a - b)[1]!;
const wall = results.map((r) => r.wall).sort((a, b) => a - b)[1]!;
console.log(
  `engine: median ${Math.round(median).toLocaleString("en-US")} decisions per CPU second on one core ` +
    `(${Math.round(wall).toLocaleString("en-US")}/s wall clock on this shared machine); ` +
    `budget 50,000/s -> ${(median / 50_000).toFixed(2)}x the budget`,
);
