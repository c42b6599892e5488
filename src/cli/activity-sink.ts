// Where `strideback import` stores activities: the account named by STRIDEBACK_USER (an e-mail) in the
// store the server uses (DATA_DIR or DATABASE_URL). A file imported twice is found, not doubled.
import { basename } from "node:path";
import { newActivityFrom, saveActivities, type NewActivity } from "../store/activities.ts";
import { migrate, openStore } from "../store/db.ts";
import { findUserByEmail } from "../store/users.ts";
import { serverConfigFromEnv } from "./server-config.ts";
import type { ActivitySink } from "./import.ts";

export { activityFingerprint } from "../store/activities.ts";

/** Activities written per transaction (one WAL sync for the lot). */
const BATCH = 64;

export async function openActivitySink(env: NodeJS.ProcessEnv): Promise<ActivitySink> {
  const email = env.STRIDEBACK_USER;
  if (!email)
    throw new Error(
      "set STRIDEBACK_USER to the e-mail of the account the activities belong to (or use --dry-run)",
    );
  const config = serverConfigFromEnv(env);
  const store = openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteDurability: config.sqliteDurability,
  });
  await migrate(store);
  const found = await findUserByEmail(store.db, email);
  if (!found) {
    await store.close();
    throw new Error(`no account with the e-mail ${email} in ${store.location}`);
  }
  const userId = found.user.id;
  // Rows in their stored form (summary + trace), never the samples: a batch stays small.
  let batch: NewActivity[] = [];
  let created = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    const saved = await saveActivities(store.db, userId, rows, new Date().toISOString());
    created += saved.filter((r) => r.created).length;
  };
  return {
    async add(file, activity, stored) {
      batch.push(newActivityFrom(activity, basename(file), stored));
      if (batch.length >= BATCH) await flush();
    },
    flush,
    get created() {
      return created;
    },
    close: () => store.close(),
  };
}
