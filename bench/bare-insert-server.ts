// The bench's peer: a bare Fastify route that inserts one row into SQLite with the same durability as
// the product (WAL, synchronous=FULL) and answers 201. Started by bench/api.bench.ts as a child process.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import Fastify from "fastify";

const dir = process.env.DATA_DIR ?? ".";
const db = new BetterSqlite3(join(dir, "bare.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("create table if not exists rows (id text primary key, body text not null, created_at text not null)");
const insert = db.prepare("insert into rows (id, body, created_at) values (?, ?, ?)");

const app = Fastify({ logger: false });
app.post("/bare", async (request, reply) => {
  const id = randomUUID();
  insert.run(id, JSON.stringify(request.body), new Date().toISOString());
  return reply.code(201).send({ id });
});
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
console.log(`bare insert server: open http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`);
