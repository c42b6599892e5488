// `--tz ZONE` of the commands that date activities: the IANA zone a file without its own UTC offset is read
// in, and "today". Default: this machine's zone (the runner's own computer, usually where they live).
import { canonicalTimeZone } from "../domain/local-date.ts";

export const TZ_HELP = "IANA time zone for files without their own UTC offset, and for today (default: this machine's)";

/** The canonical zone of `--tz`, or of the machine when it is not given; an error message for a bad one. */
export function cliTimeZone(option: string | undefined): { zone: string } | { error: string } {
  const zone = option ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const canonical = canonicalTimeZone(zone);
  if (canonical !== null) return { zone: canonical };
  return option === undefined ? { zone: "UTC" } : { error: `must be an IANA time zone such as Europe/Paris, got "${option}"` };
}
