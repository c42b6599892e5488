// The server's settings, read from the environment (PORT, HOST, DATA_DIR, DATABASE_URL, TRUST_PROXY, LOG_LEVEL).
import type { FastifyServerOptions } from "fastify";

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly trustProxy: FastifyServerOptions["trustProxy"];
  readonly logLevel: string;
  readonly sqliteDurability: "full" | "group";
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number from 0 to 65535 (got ${env.PORT})`);
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dataDir: env.DATA_DIR || "./data",
    databaseUrl: env.DATABASE_URL || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL || "warn",
    sqliteDurability: parseDurability(env.SQLITE_SYNC),
  };
}

/** "true"/"false", or the proxy's addresses/CIDRs separated by commas, as Fastify's trustProxy takes them. */
function parseTrustProxy(value: string | undefined): FastifyServerOptions["trustProxy"] {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  return value.split(",").map((s) => s.trim());
}

/** SQLITE_SYNC=group (default: group commit) or full (an fsync per commit); both acknowledge only durable writes. */
function parseDurability(value: string | undefined): "full" | "group" {
  if (value === undefined || value === "" || value === "group") return "group";
  if (value === "full") return "full";
  throw new Error(`SQLITE_SYNC must be "group" or "full" (got ${value})`);
}
