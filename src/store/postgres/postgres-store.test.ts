import { after } from "node:test";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { runStoreContract } from "../contract.js";
import { openPostgresStore } from "./postgres-store.js";

const url = process.env["TACITUS_TEST_PG_URL"];
const runId = randomBytes(4).toString("hex");
const schemas: string[] = [];

runStoreContract(
  "postgres",
  async () => {
    const schema = `tacitus_test_${runId}_${schemas.length}`;
    schemas.push(schema);
    return openPostgresStore(url ?? "", { schema });
  },
  { skip: url ? false : "TACITUS_TEST_PG_URL is not set; run: eval \"$(bash .ci/start-postgres.sh)\"" },
);

after(async () => {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});
