// How the load report writes its numbers (metric): one place, so every text reads the same.

export function km(metres: number): string {
  return `${(metres / 1000).toFixed(1)} km`;
}

export function minutes(seconds: number): string {
  return `${Math.round(seconds / 60)} min`;
}

/** Signed whole percent, e.g. "+40 %" or "-12 %". */
export function pct(value: number): string {
  const r = Math.round(value);
  return `${r > 0 ? "+" : ""}${r} %`;
}

/** Pace for a speed, e.g. 4.0 m/s -> "4:10 /km". */
export function pace(mps: number): string {
  if (!(mps > 0)) return "-";
  const total = Math.round(1000 / mps);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")} /km`;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "1 run", "3 runs"; `plural` for irregular words. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}
