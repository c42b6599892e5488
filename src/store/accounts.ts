// The runner owns the data: everything an account holds, out as one JSON value, or gone in one transaction.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import { USER_TABLES } from "./schema.ts";
import { listActivities, type StoredActivity } from "./activities.ts";
import { listAudit, type AuditEntry } from "./audit.ts";
import { listEpisodes, loadEpisode, type StoredEpisode } from "./episodes.ts";
import { allJobResults, type JobFileResult } from "./import-job-files.ts";
import { listJobs, type ImportJob } from "./import-jobs.ts";
import { listLinks, type Link } from "./links.ts";
import { toUser, type User } from "./users.ts";

export interface AccountExport {
  readonly schema: "strideback/export@1";
  readonly exportedAt: string;
  readonly user: User;
  readonly episodes: readonly StoredEpisode[];
  readonly activities: readonly StoredActivity[];
  readonly links: readonly Link[];
  readonly audit: readonly AuditEntry[];
  /** Every upload's job with all its per-file results (file names the runner gave). */
  readonly imports: readonly (ImportJob & { readonly results: readonly JobFileResult[] })[];
}

export async function exportAccount(db: Kysely<Database>, userId: string, at: string): Promise<AccountExport | null> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
  if (!row) return null;
  const summaries = await listEpisodes(db, userId);
  const episodes: StoredEpisode[] = [];
  for (const s of summaries) {
    const episode = await loadEpisode(db, userId, s.id);
    if (episode) episodes.push(episode);
  }
  return {
    schema: "strideback/export@1",
    exportedAt: at,
    user: toUser(row),
    episodes,
    activities: await listActivities(db, userId),
    links: await listLinks(db, userId),
    audit: await listAudit(db, userId),
    imports: await exportImports(db, userId),
  };
}

async function exportImports(db: Kysely<Database>, userId: string): Promise<AccountExport["imports"]> {
  const jobs: AccountExport["imports"][number][] = [];
  for (const job of await listJobs(db, userId, null)) jobs.push({ ...job, results: await allJobResults(db, job.id) });
  return jobs;
}

/**
 * Deletes every row of the account, children first, in one transaction (foreign keys would cascade, but
 * explicit deletes keep the guarantee visible and independent of pragmas). Audit entries the account
 * wrote about other runners stay in those runners' logs, without the reader's identity.
 */
export async function deleteAccount(db: Kysely<Database>, userId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable("audit_log").set({ actor_id: null }).where("actor_id", "=", userId).where("runner_id", "!=", userId).execute();
    for (const table of USER_TABLES) {
      switch (table) {
        case "users":
          break;
        case "audit_log":
          await trx.deleteFrom("audit_log").where("runner_id", "=", userId).execute();
          break;
        case "clinician_links":
          await trx.deleteFrom("clinician_links").where((eb) => eb.or([eb("runner_id", "=", userId), eb("clinician_id", "=", userId)])).execute();
          break;
        case "link_invites":
          await trx.deleteFrom("link_invites").where("clinician_id", "=", userId).execute();
          break;
        case "import_job_files":
          await trx
            .deleteFrom("import_job_files")
            .where("job_id", "in", (eb) => eb.selectFrom("import_jobs").select("id").where("user_id", "=", userId))
            .execute();
          break;
        case "activities":
        case "check_ins":
        case "episodes":
        case "exercise_logs":
        case "import_jobs":
        case "pending_runs":
        case "runs":
        case "sessions":
          await trx.deleteFrom(table).where("user_id", "=", userId).execute();
      }
    }
    const r = await trx.deleteFrom("users").where("id", "=", userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}
