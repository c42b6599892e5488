// "today" is the runner's local calendar date, sent by the app. The server accepts it within one day of
// its own UTC date (every time zone on Earth is), and uses its UTC date when none is sent.
import { z } from "zod";
import { addDays, dayNumber, isIsoDate } from "../domain/dates.ts";
import { ApiError } from "./errors.ts";

export const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a real calendar date written YYYY-MM-DD" });

export const todayQuerySchema = z.object({ today: isoDateSchema.optional() });

export function serverDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The date a decision is for; 400 invalid_query when `requested` is more than a day from the server's date. */
export function resolveToday(requested: string | undefined, now: Date, path = "today"): string {
  const server = serverDate(now);
  if (requested === undefined) return server;
  const gap = Math.abs((dayNumber(requested) ?? Number.NaN) - (dayNumber(server) ?? 0));
  if (!(gap <= 1)) {
    const message = `must be within one day of the server's date (${addDays(server, -1)} to ${addDays(server, 1)})`;
    throw new ApiError(400, path === "today" ? "invalid_query" : "invalid_body", "The date sent as today is not plausible; check the device's clock.", [{ path, message }]);
  }
  return requested;
}
