import pg from "pg";
import { TacitusError } from "../../errors/index.js";
import { numberPlaceholders, type SqlValue } from "../rows.js";
import { SqlStore, migrate, type Row, type RowInsert, type SqlDriver, type SqlExecutor } from "../sql-store.js";
import type { Store } from "../types.js";

/** PostgreSQL's limit on parameters in one statement. */
const MAX_PARAMS = 65535;

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult<Row>>;
}

function executor(target: Queryable, where: string): SqlExecutor {
  const query = async (sql: string, params: readonly SqlValue[] = []): Promise<Row[]> => {
    try {
      return (await target.query(numberPlaceholders(sql), [...params])).rows;
    } catch (cause) {
      throw storeError(cause, where);
    }
  };
  const values = (rows: readonly (readonly SqlValue[])[], width: number): string =>
    rows.map(() => `(${new Array<string>(width).fill("?").join(", ")})`).join(", ");
  return {
    query,
    async insert(inserts) {
      const todo = inserts.filter((insert) => insert.rows.length > 0);
      const params = todo.reduce((sum, insert) => sum + insert.rows.length * insert.columns.split(",").length, 0);
      if (todo.length > 1 && params <= MAX_PARAMS) {
        // One round trip: each insert but the last in a data-modifying WITH clause.
        const parts = todo.map(({ table, columns, rows, conflict }) => `INSERT INTO ${table} (${columns}) VALUES ${values(rows, columns.split(",").length)} ${conflict ?? ""}`);
        const last = parts.pop() ?? "";
        await query(`WITH ${parts.map((part, i) => `i${i} AS (${part})`).join(", ")} ${last}`, todo.flatMap((insert) => insert.rows.flat()));
        return;
      }
      for (const { table, columns, rows, conflict } of todo) {
        const width = columns.split(",").length;
        const perStatement = Math.max(1, Math.floor(MAX_PARAMS / width));
        for (let i = 0; i < rows.length; i += perStatement) {
          const chunk = rows.slice(i, i + perStatement);
          await query(`INSERT INTO ${table} (${columns}) VALUES ${values(chunk, width)} ${conflict ?? ""}`, chunk.flat());
        }
      }
    },
  };
}

class PostgresDriver implements SqlDriver {
  readonly dialect = "postgres" as const;
  private readonly direct: SqlExecutor;

  constructor(private readonly pool: pg.Pool, private readonly where: string) {
    this.direct = executor(pool, where);
  }

  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]> {
    return this.direct.query(sql, params);
  }

  insert(inserts: readonly RowInsert[]): Promise<void> {
    return this.direct.insert(inserts);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw storeError(cause, this.where);
    }
    try {
      await client.query("BEGIN");
      const result = await fn(executor(client, this.where));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the PostgreSQL URL";
  }
}

function storeError(cause: unknown, where: string): TacitusError {
  if (cause instanceof TacitusError) return cause;
  const code = (cause as { code?: string }).code ?? "";
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    return new TacitusError("STORE", `cannot reach PostgreSQL at ${where} (${code}); check the server is running and the URL is right.`, { cause });
  }
  if (code === "28P01" || code === "28000") {
    return new TacitusError("STORE", `PostgreSQL refused the login for ${where}; check the user and password in the URL.`, { cause });
  }
  if (code === "3D000") return new TacitusError("STORE", `the database in ${where} does not exist; create it first (createdb).`, { cause });
  return new TacitusError("STORE", `PostgreSQL error at ${where}: ${message}`, { cause });
}

export interface PostgresStoreOptions {
  /** Schema to use (created when missing); tests give each run its own. */
  schema?: string;
}

/** Connects to PostgreSQL at `url` and migrates the schema to the current version. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const where = redactUrl(url);
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new TacitusError("BAD_ARGUMENT", `schema name "${schema}" must be lowercase letters, digits and underscores.`);
  }
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    try {
      await setup.connect();
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (cause) {
      throw storeError(cause, where);
    } finally {
      await setup.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  const driver = new PostgresDriver(pool, where);
  try {
    await migrate(driver);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new SqlStore(driver);
}
