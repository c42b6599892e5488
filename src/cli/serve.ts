// `strideback serve`: opens the store (migrating it), starts the HTTP server, says where the data is
// and which address to open, and shuts down cleanly on SIGINT/SIGTERM.
import type { Command } from "commander";
import { buildApp } from "../server/app.ts";
import { migrate, openStore } from "../store/db.ts";
import { serverConfigFromEnv } from "./server-config.ts";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("start the web app and its API (PORT, HOST, DATA_DIR or DATABASE_URL, TRUST_PROXY from the environment)")
    .action(async () => {
      const config = serverConfigFromEnv(process.env);
      const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, sqliteDurability: config.sqliteDurability });
      await migrate(store);
      const app = await buildApp({ db: store.db, trustProxy: config.trustProxy, logger: { level: config.logLevel } });
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : config.port;
      // Listening on every interface: the address to open on this machine is loopback.
      const host = config.host === "0.0.0.0" ? "127.0.0.1" : config.host === "::" ? "::1" : config.host;
      const shownHost = host.includes(":") ? `[${host}]` : host;
      console.log(`Stride Back data: ${store.dialect === "sqlite" ? `SQLite file ${store.location}` : `PostgreSQL ${store.location}`}`);
      console.log(`Stride Back is running: open http://${shownHost}:${port}/`);
      const stop = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
    });
}
