/**
 * A second, small connection to the store's database for what the Store interface does not
 * offer yet (API tokens, reviews, audit log, cursor pages). Same `?` placeholders as the store.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { TacitusError } from "../errors/index.js";
import { isPostgresUrl } from "../store/index.js";
import { numberPlaceholders, type SqlValue } from "../store/rows.js";

export type Row = Record<string, unknown>;

export interface ReviewDb {
  readonly dialect: "sqlite" | "postgres";
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (db: Pick<ReviewDb, "query" | "dialect">) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function dbError(cause: unknown, where: string): TacitusError {
  if (cause instanceof TacitusError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new TacitusError("STORE", `database error in ${where}: ${message}`, { cause });
}

function openSqlite(path: string): ReviewDb {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma("busy_timeout = 10000");
  } catch (cause) {
    throw dbError(cause, path);
  }
  const statements = new Map<string, Database.Statement<unknown[], Row>>();
  const query = async (sql: string, params: readonly SqlValue[] = []): Promise<Row[]> => {
    try {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare<unknown[], Row>(sql);
        statements.set(sql, statement);
      }
      if (statement.reader) return statement.all(...params);
      statement.run(...params);
      return [];
    } catch (cause) {
      throw dbError(cause, path);
    }
  };
  let chain: Promise<unknown> = Promise.resolve();
  return {
    dialect: "sqlite",
    query,
    transaction<T>(fn: (tx: Pick<ReviewDb, "query" | "dialect">) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn({ dialect: "sqlite", query });
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      };
      // One transaction at a time on this connection.
      const result = chain.then(run, run);
      chain = result.catch(() => undefined);
      return result;
    },
    async close() {
      await chain;
      db.close();
    },
  };
}

function openPostgres(url: string, schema: string | undefined): ReviewDb {
  const pool = new pg.Pool({ connectionString: url, max: 8, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const run = async (target: pg.Pool | pg.PoolClient, sql: string, params: readonly SqlValue[] = []): Promise<Row[]> => {
    try {
      return (await target.query<Row>(numberPlaceholders(sql), [...params])).rows;
    } catch (cause) {
      throw dbError(cause, "the PostgreSQL database");
    }
  };
  return {
    dialect: "postgres",
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({ dialect: "postgres", query: (sql, params) => run(client, sql, params) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens a connection to the database the store already created (SQLite file or postgres:// URL; `schema` as the store's, for tests). */
export function openReviewDb(location: string, schema?: string): ReviewDb {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new TacitusError("BAD_ARGUMENT", `schema name "${schema}" must be lowercase letters, digits and underscores.`);
  }
  return isPostgresUrl(location) ? openPostgres(location, schema) : openSqlite(location);
}
