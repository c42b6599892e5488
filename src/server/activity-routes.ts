// The runner's imported activities (summaries) and the training-load report computed from them: the same
// report and history as `strideback analyze --json`, read from the stored 5 s traces instead of files.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { decodeTrace } from "../activities/activity-trace.ts";
import { episodeHistory } from "../domain/load/episode-history.ts";
import type { LoadActivity } from "../domain/load/load-activity.ts";
import { loadReport, samplesNeeded } from "../domain/load/load-report.ts";
import { listActivities, listTracedActivities, type TracedActivity } from "../store/activities.ts";
import type { AppContext } from "./app-context.ts";
import { signedInUser } from "./auth.ts";
import { isoDateSchema, resolveToday } from "./today.ts";

const rangeQuery = z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });
const reportQuery = z.object({
  injuryDate: isoDateSchema,
  weeks: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be from 1 to 104")
    .max(104, "must be from 1 to 104")
    .optional(),
  today: isoDateSchema.optional(),
});

export const activityRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    "/activities",
    { config: { access: "runner" }, schema: { querystring: rangeQuery } },
    async (request) => {
      const { from, to } = request.query;
      const activities = await listActivities(ctx.db, signedInUser(request).id, {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      });
      return { activities: activities.map(({ fingerprint: _f, ...a }) => a) };
    },
  );

  app.get(
    "/load-report",
    { config: { access: "runner" }, schema: { querystring: reportQuery } },
    async (request) => {
      const { injuryDate, weeks } = request.query;
      const asOf = resolveToday(request.query.today, ctx.clock(), signedInUser(request).timeZone);
      const stored = await listTracedActivities(ctx.db, signedInUser(request).id);
      const activities = stored.map((a) => toLoadActivity(a, injuryDate));
      return {
        history: episodeHistory(activities, asOf),
        report: loadReport({ activities, injuryDate, asOf, ...(weeks ? { weeks } : {}) }),
      };
    },
  );
};

/** A stored activity as the analysis reads it; the trace is unpacked only for the year the report looks at. */
function toLoadActivity(a: TracedActivity, injuryDate: string): LoadActivity {
  const base = {
    start: a.start,
    localDate: a.localDate,
    sport: a.sport,
    durationS: a.durationS,
    movingTimeS: a.movingTimeS,
    distanceM: a.distanceM,
  };
  return a.trace !== null && samplesNeeded(a.localDate, injuryDate)
    ? { ...base, samples: decodeTrace(a.trace) }
    : base;
}
