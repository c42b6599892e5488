// Every analysis either has enough data to say something, or says plainly why it does not.

export interface NotEnoughData {
  readonly kind: "not_enough_data";
  /** Why, in words a runner understands, e.g. "only 2 runs with speed data (5 needed)". */
  readonly reason: string;
}

export function notEnough(reason: string): NotEnoughData {
  return { kind: "not_enough_data", reason };
}

/** A day range, both ends included (day numbers). */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

export function inRange(day: number, range: DayRange): boolean {
  return day >= range.from && day <= range.to;
}
