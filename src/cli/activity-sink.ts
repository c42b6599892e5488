// Where `strideback import` stores activities: the account named by STRIDEBACK_USER (an e-mail) in the
// store the server uses (DATA_DIR or DATABASE_URL). A file imported twice is found, not doubled.
import { basename } from "node:path";
import { newActivityFrom, saveActivities } from "../store/activities.ts";
import { migrate, openStore } from "../store/db.ts";
import { findUserByEmail } from "../store/users.ts";
import { serverConfigFromEnv } from "./server-config.ts";
import type { ActivitySink } from "./import.ts";

export { activityFingerprint } from "../store/activities.ts";

export async function openActivitySink(env: NodeJS.ProcessEnv): Promise<ActivitySink> {
  const email = env.STRIDEBACK_USER;
  if (!email) throw new Error("set STRIDEBACK_USER to the e-mail of the account the activities belong to (or use --dry-run)");
  const config = serverConfigFromEnv(env);
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqliteDurability: config.sqliteDurability });
  await migrate(store);
  const found = await findUserByEmail(store.db, email);
  if (!found) {
    await store.close();
    throw new Error(`no account with the e-mail ${email} in ${store.location}`);
  }
  const userId = found.user.id;
  return {
    async store(file, activity) {
      const [result] = await saveActivities(
        store.db,
        userId,
        [newActivityFrom(activity, basename(file))],
        new Date().toISOString(),
      );
      return { created: result?.created ?? false };
    },
    close: () => store.close(),
  };
}
