// "today" is the runner's local calendar date: sent by the app, or else the date in the runner's time zone
// (the account's), or else the server's UTC date. A sent date is accepted within one day of the server's
// UTC date (every time zone on Earth is), so a runner east of UTC can log their today while UTC is behind.
import { z } from "zod";
import { addDays, dayNumber, isIsoDate } from "../domain/dates.ts";
import { dateInZone } from "../domain/local-date.ts";
import { ApiError } from "./errors.ts";

export const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a real calendar date written YYYY-MM-DD" });

export const todayQuerySchema = z.object({ today: isoDateSchema.optional() });

export function serverDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The runner's date at `now`: in their time zone when known, else the server's UTC date. */
export function runnerToday(now: Date, timeZone: string | null): string {
  return timeZone === null ? serverDate(now) : dateInZone(now.getTime(), timeZone);
}

/**
 * The date a decision is for: `requested`, else the runner's today in `timeZone`; 400 invalid_query (or
 * invalid_body) when `requested` is more than a day from the server's UTC date.
 */
export function resolveToday(requested: string | undefined, now: Date, timeZone: string | null, path = "today"): string {
  if (requested === undefined) return runnerToday(now, timeZone);
  const server = serverDate(now);
  const gap = Math.abs((dayNumber(requested) ?? Number.NaN) - (dayNumber(server) ?? 0));
  if (!(gap <= 1)) {
    const message = `must be within one day of the server's date (${addDays(server, -1)} to ${addDays(server, 1)})`;
    throw new ApiError(400, path === "today" ? "invalid_query" : "invalid_body", "The date sent as today is not plausible; check the device's clock.", [{ path, message }]);
  }
  return requested;
}
