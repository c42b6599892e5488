// A runner's time zone as the API takes it: an IANA name this runtime knows ("Europe/Paris"), stored in its
// canonical spelling. Offsets ("+01:00") are refused: they do not follow daylight saving.
import { z } from "zod";
import { canonicalTimeZone } from "../domain/local-date.ts";

export const timeZoneSchema = z
  .string()
  .max(64, "must be at most 64 characters")
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical === null) {
      ctx.addIssue({ code: "custom", message: 'must be an IANA time zone such as "Europe/Paris" or "America/Los_Angeles"' });
      return z.NEVER;
    }
    return canonical;
  });
