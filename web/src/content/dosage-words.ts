// An exercise dosage in words ("3 sets of 12", "10 holds of 5 seconds", "10 minutes"), and how often.
import type { Dosage } from "../../../src/domain/protocol/index.ts";
import type { NordicWeek } from "../../../src/domain/protocol/index.ts";

export function dosageWords(d: Dosage): string {
  switch (d.kind) {
    case "reps": {
      const reps = typeof d.reps === "number" ? String(d.reps) : d.reps.join(", ");
      return `${d.sets} set${d.sets > 1 ? "s" : ""} of ${reps}${d.perSide ? " each side" : ""}`;
    }
    case "hold":
      return `${d.sets} hold${d.sets > 1 ? "s" : ""} of ${d.seconds} seconds${d.perSide ? " each side" : ""}`;
    case "time":
      return `${d.sets > 1 ? `${d.sets} × ` : ""}${d.minutes} minutes`;
    case "as-tolerated":
      return d.guide;
  }
}

export function frequencyWords(d: Dosage): string {
  const { perDay, everyNthDay } = d.frequency;
  const times = perDay === 1 ? "once" : perDay === 2 ? "twice" : `${perDay} times`;
  const days = everyNthDay === 1 ? "a day" : `every ${everyNthDay === 2 ? "other" : `${everyNthDay}rd`} day`;
  return `${times} ${days}`;
}

export function nordicWords(w: NordicWeek): string {
  const sets = w.sets.map((s) => (s.min === s.max ? String(s.min) : `${s.min}-${s.max}`)).join(", ");
  return `${w.sets.length} sets (${sets} reps), ${w.sessionsPerWeek} session${w.sessionsPerWeek > 1 ? "s" : ""} a week`;
}
