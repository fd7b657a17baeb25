import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { isSector, type Sector } from "../ontology/plover.js";
import { dataDir } from "../paths.js";
import { pluralize } from "./triggers-inflect.js";
import { dataError, readTsv, type TsvFile, type TsvRow } from "./triggers-tsv.js";

export interface ActorEntry {
  name: string;
  aliases: string[];
  country: string | null;
  sector: Sector | null;
  label: "ORG" | "GPE" | "PERSON";
  role: string | null;
  from: string | null;
  until: string | null;
  /** "people.tsv:12": where the entry was read. */
  source: string;
  note: string | null;
}

export interface RoleEntry {
  phrase: string;
  words: string[];
  sector: Sector | null;
  country: string | null;
  person: boolean;
  note: string | null;
}

export interface ActorDictionary {
  /** Lowercase alias or name (also with dots removed and accents stripped) -> entries, in file order. */
  byAlias: Map<string, ActorEntry[]>;
  /** Case-sensitive aliases ('=WHO', '=IS' in the files): only these exact spellings match. */
  byExactAlias: Map<string, ActorEntry[]>;
  maxAliasWords: number;
  /** Keyed by the LAST lowercase word of the phrase (the head noun), singular and plural -> roles ending there. */
  roles: Map<string, RoleEntry[]>;
  maxRoleWords: number;
}

/** The bundled files, read in this order; extra files follow. */
export const ACTOR_FILES = ["organizations.tsv", "people.tsv", "roles.tsv"] as const;

const COUNTRY = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LABELS: ReadonlySet<string> = new Set(["ORG", "GPE", "PERSON"]);

type FileKind = "organizations" | "people" | "roles";

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Lowercase, typographic apostrophes straightened, spaces collapsed. */
export function normalizeAlias(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
}

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** The keys one alias is stored under: as written, without dots ("u.s." -> "us"), without accents. */
function aliasKeys(alias: string): string[] {
  const base = normalizeAlias(alias);
  const keys = new Set([base]);
  for (const k of [...keys]) keys.add(k.replace(/\./g, "").replace(/\s+/g, " ").trim());
  for (const k of [...keys]) keys.add(stripAccents(k));
  return [...keys].filter((k) => k !== "");
}

function kindOf(file: TsvFile): FileKind {
  const cols = new Set(file.columns);
  if (cols.has("phrase") && cols.has("person")) return "roles";
  if (cols.has("from") || cols.has("until") || cols.has("role")) return "people";
  if (cols.has("label")) return "organizations";
  throw dataError(file.path, null, "unrecognized header; use the columns of organizations.tsv (name aliases country sector label note), people.tsv (name aliases country sector role from until note) or roles.tsv (phrase sector country person note)");
}

function readActorFile(path: string): { file: TsvFile; kind: FileKind } {
  // Read loosely first to see the header; the kind decides which columns are required.
  const kind = kindOf(readTsv(path, []));
  if (kind === "roles") return { kind, file: readTsv(path, ["phrase", "sector", "country", "person"], ["note"]) };
  if (kind === "people") return { kind, file: readTsv(path, ["name", "aliases", "country", "sector", "role", "from", "until"], ["note"]) };
  return { kind, file: readTsv(path, ["name", "aliases", "country", "sector", "label"], ["note"]) };
}

function validDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function parseCountry(path: string, row: TsvRow): string | null {
  const c = row.get("country");
  if (c === "") return null;
  if (!COUNTRY.test(c)) throw dataError(path, row.line, `country '${c}' must be an ISO 3166-1 alpha-3 code in capitals (e.g. VEN) or empty`);
  return c;
}

function parseSector(path: string, row: TsvRow): Sector | null {
  const s = row.get("sector");
  if (s === "") return null;
  if (!isSector(s)) throw dataError(path, row.line, `sector '${s}' must be one of GOV MIL COP SPY JUD LEG OPP PTY REB IGO NGO MED BUS CVL REL EDU, or empty`);
  return s;
}

function parseDate(path: string, row: TsvRow, column: "from" | "until"): string | null {
  const s = row.get(column);
  if (s === "") return null;
  if (!validDate(s)) throw dataError(path, row.line, `'${column}' date '${s}' must be a real date written YYYY-MM-DD, or empty when unknown`);
  return s;
}

function parseActor(path: string, row: TsvRow, kind: "organizations" | "people"): { entry: ActorEntry; exact: string[] } {
  const name = row.get("name");
  const aliases: string[] = [];
  const exact: string[] = [];
  for (const raw of row.get("aliases").split("|")) {
    const a = raw.trim();
    if (a === "") continue;
    if (a.startsWith("=")) {
      if (a.length === 1) throw dataError(path, row.line, "alias '=' has nothing after the case-sensitivity marker");
      exact.push(a.slice(1));
    } else aliases.push(a);
  }
  let label: ActorEntry["label"] = "PERSON";
  if (kind === "organizations") {
    const l = row.get("label");
    if (!LABELS.has(l)) throw dataError(path, row.line, `label '${l}' must be ORG, GPE or PERSON`);
    label = l as ActorEntry["label"];
  }
  const from = kind === "people" ? parseDate(path, row, "from") : null;
  const until = kind === "people" ? parseDate(path, row, "until") : null;
  if (from !== null && until !== null && from > until) {
    throw dataError(path, row.line, `'from' ${from} is after 'until' ${until}; swap them or fix the dates`);
  }
  const role = kind === "people" ? row.get("role") : "";
  const note = row.get("note");
  const entry: ActorEntry = {
    name, aliases: [...aliases, ...exact], country: parseCountry(path, row), sector: parseSector(path, row), label,
    role: role === "" ? null : role, from, until, source: `${basename(path)}:${row.line}`, note: note === "" ? null : note,
  };
  return { entry, exact };
}

function parseRole(path: string, row: TsvRow): RoleEntry {
  const phrase = normalizeAlias(row.get("phrase"));
  const person = row.get("person").toLowerCase();
  if (person !== "yes" && person !== "no") throw dataError(path, row.line, `person '${person}' must be yes or no`);
  const note = row.get("note");
  return {
    phrase, words: phrase.split(" "), sector: parseSector(path, row), country: parseCountry(path, row),
    person: person === "yes", note: note === "" ? null : note,
  };
}

function wordCount(key: string): number {
  return key.split(" ").length;
}

/**
 * Loads organizations.tsv, people.tsv and roles.tsv from `dir` plus any `extraFiles` (each in one of
 * those three formats, recognized by its header). A malformed line throws TacitusError DATA_FILE.
 */
export function loadActorDictionary(dir: string = join(dataDir(), "actors"), extraFiles: readonly string[] = []): ActorDictionary {
  const dict: ActorDictionary = { byAlias: new Map(), byExactAlias: new Map(), maxAliasWords: 0, roles: new Map(), maxRoleWords: 0 };
  const paths = [...ACTOR_FILES.map((f) => join(dir, f)).filter((p) => existsSync(p)), ...extraFiles];
  if (paths.length === 0) throw dataError(dir, null, `no actor files found; expected ${ACTOR_FILES.join(", ")} in this folder`);
  for (const path of paths) {
    const { file, kind } = readActorFile(path);
    for (const row of file.rows) {
      if (kind === "roles") {
        const role = parseRole(path, row);
        const head = role.words[role.words.length - 1] ?? role.phrase;
        push(dict.roles, head, role);
        for (const plural of pluralize(head)) push(dict.roles, plural, role);
        dict.maxRoleWords = Math.max(dict.maxRoleWords, role.words.length);
        continue;
      }
      const { entry, exact } = parseActor(path, row, kind);
      for (const alias of [entry.name, ...entry.aliases.filter((a) => !exact.includes(a))]) {
        for (const key of aliasKeys(alias)) {
          push(dict.byAlias, key, entry);
          dict.maxAliasWords = Math.max(dict.maxAliasWords, wordCount(key));
        }
      }
      for (const alias of exact) {
        for (const key of new Set([alias, alias.replace(/\./g, "")])) {
          push(dict.byExactAlias, key, entry);
          dict.maxAliasWords = Math.max(dict.maxAliasWords, wordCount(key));
        }
      }
    }
  }
  // A role written in the singular should be found before one that only matched as a plural form.
  for (const [key, list] of dict.roles) list.sort((a, b) => Number(b.words.at(-1) === key) - Number(a.words.at(-1) === key));
  return dict;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** 0 when `date` lies inside the entry's period (bounds inclusive), else the days to the nearest bound. */
function distance(entry: ActorEntry, date: string): number {
  if (entry.from !== null && date < entry.from) return daysBetween(date, entry.from);
  if (entry.until !== null && date > entry.until) return daysBetween(date, entry.until);
  return 0;
}

function isDated(entry: ActorEntry): boolean {
  return entry.from !== null || entry.until !== null;
}

/**
 * Whether an entry's role still holds on `date` (YYYY-MM-DD): not when the date is after its
 * `until` (a former office). Before its `from` it is assumed to (dictionaries list the latest
 * office, not every earlier one); without a date too.
 */
export function holdsOn(entry: ActorEntry, date: string | null): boolean {
  return date === null || !validDate(date) || entry.until === null || date <= entry.until;
}

/**
 * The entry for `alias` (any case; exact-case aliases such as "WHO" first). With `onDate`
 * (YYYY-MM-DD) it prefers an entry valid on that date, the most recently started first; then undated
 * entries; then the entry whose period is nearest. Without a date it prefers a current entry (no `until`).
 */
/** Every entry an alias names, in any casing: "democratic party" is a party of several countries. */
export function actorsOfAlias(dict: ActorDictionary, alias: string): readonly ActorEntry[] {
  for (const key of aliasKeys(alias.trim())) {
    const found = dict.byAlias.get(key);
    if (found !== undefined) return found;
  }
  return [];
}

export function lookupActor(dict: ActorDictionary, alias: string, onDate?: string | null): ActorEntry | null {
  const trimmed = alias.trim();
  let candidates = dict.byExactAlias.get(trimmed) ?? dict.byExactAlias.get(trimmed.replace(/\./g, ""));
  if (candidates === undefined) {
    for (const key of aliasKeys(trimmed)) {
      candidates = dict.byAlias.get(key);
      if (candidates !== undefined) break;
    }
  }
  if (candidates === undefined || candidates.length === 0) return null;
  const list = candidates;
  if (onDate !== undefined && onDate !== null && validDate(onDate)) {
    const valid = list.filter((e) => isDated(e) && distance(e, onDate) === 0);
    if (valid.length > 0) return valid.reduce((best, e) => ((e.from ?? "") > (best.from ?? "") ? e : best));
    const undated = list.find((e) => !isDated(e));
    if (undated !== undefined) return undated;
    return list.reduce((best, e) => (distance(e, onDate) < distance(best, onDate) ? e : best));
  }
  const current = list.filter((e) => e.until === null);
  const pool = current.length > 0 ? current : list;
  return pool.reduce((best, e) => ((e.from ?? "") > (best.from ?? "") ? e : best));
}

/** Roles whose phrase ends at tokens[end] (inclusive) and matches the preceding tokens, longest first. */
export function matchRoles(dict: ActorDictionary, tokens: readonly string[], end: number): { role: RoleEntry; length: number }[] {
  const head = tokens[end];
  if (head === undefined) return [];
  const out: { role: RoleEntry; length: number }[] = [];
  for (const role of dict.roles.get(normalizeAlias(head)) ?? []) {
    const n = role.words.length;
    if (end - n + 1 < 0) continue;
    let ok = true;
    for (let k = 0; k < n - 1; k++) {
      if (normalizeAlias(tokens[end - n + 1 + k] ?? "") !== role.words[k]) { ok = false; break; }
    }
    if (ok) out.push({ role, length: n });
  }
  return out.sort((a, b) => b.length - a.length);
}
