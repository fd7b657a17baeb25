import Database from "better-sqlite3";
import { TacitusError } from "../../errors/index.js";
import type { SqlValue } from "../rows.js";
import { SqlStore, migrate, type Row, type RowInsert, type SqlDriver, type SqlExecutor } from "../sql-store.js";
import type { Store } from "../types.js";

type Statement = Database.Statement<unknown[], Row>;

/** better-sqlite3 behind the async driver interface; statements are prepared once and cached. */
class SqliteDriver implements SqlDriver {
  readonly dialect = "sqlite" as const;
  private readonly statements = new Map<string, Statement>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database.Database, private readonly path: string) {}

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], Row>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    try {
      const statement = this.prepare(sql);
      if (statement.reader) return statement.all(...params);
      statement.run(...params);
      return [];
    } catch (cause) {
      throw storeError(cause, this.path);
    }
  }

  async insert(inserts: readonly RowInsert[]): Promise<void> {
    try {
      for (const { table, columns, rows, conflict } of inserts) {
        if (rows.length === 0) continue;
        const width = columns.split(",").length;
        const statement = this.prepare(`INSERT INTO ${table} (${columns}) VALUES (${new Array<string>(width).fill("?").join(", ")}) ${conflict ?? ""}`);
        for (const row of rows) statement.run(...row);
      }
    } catch (cause) {
      throw storeError(cause, this.path);
    }
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      try {
        this.db.exec("BEGIN IMMEDIATE");
      } catch (cause) {
        throw storeError(cause, this.path);
      }
      try {
        const result = await fn(this);
        this.db.exec("COMMIT");
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw error;
      }
    };
    // One transaction at a time on this connection, even when callers do not wait.
    const result = this.chain.then(run, run);
    this.chain = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.chain;
    this.db.close();
  }
}

function storeError(cause: unknown, path: string): TacitusError {
  if (cause instanceof TacitusError) return cause;
  const code = (cause as { code?: string }).code ?? "";
  const message = cause instanceof Error ? cause.message : String(cause);
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new TacitusError("STORE", `${path} is not a Tacitus database or is damaged; give another --db file.`, { cause });
  }
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
    return new TacitusError("STORE", `${path} is busy: another process is writing to it; wait for it to finish and retry.`, { cause });
  }
  if (/directory does not exist/i.test(message)) {
    return new TacitusError("STORE", `cannot create ${path}: its folder does not exist; create the folder or give another --db.`, { cause });
  }
  if (code === "SQLITE_FULL") return new TacitusError("STORE", `the disk holding ${path} is full; free some space and retry.`, { cause });
  if (code === "SQLITE_READONLY" || code === "SQLITE_CANTOPEN") {
    return new TacitusError("STORE", `cannot write ${path} (${message}); check the folder exists and is writable.`, { cause });
  }
  return new TacitusError("STORE", `database error in ${path}: ${message}`, { cause });
}

export interface SqliteStoreOptions {
  readonly?: boolean;
}

/** Opens (creating and migrating when needed) an SQLite store in one file; ":memory:" for a throwaway one. */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
    db.pragma("busy_timeout = 10000");
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    db.pragma("foreign_keys = ON");
  } catch (cause) {
    throw storeError(cause, path);
  }
  const driver = new SqliteDriver(db, path);
  try {
    if (!options.readonly) await migrate(driver);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqlStore(driver);
}
