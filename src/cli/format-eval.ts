import type { Prf } from "../eval/score.js";
import type { CorefScore } from "../eval/coref-gum.js";
import type { GoldDocReport, GsrReport, TypeRow } from "../eval/report.js";
import { plural } from "./plural.js";
import { textTable } from "./text-table.js";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(3);

function prfRow(name: string, s: Prf, note = ""): string[] {
  return [name, num(s.precision), num(s.recall), num(s.f1), note];
}

function typeTable(rows: readonly TypeRow[]): string {
  return textTable(
    ["type", "tp", "fp", "fn", "P", "R", "F1"],
    rows.map((r) => [r.type, String(r.tp), String(r.fp), String(r.fn), num(r.precision), num(r.recall), num(r.f1)]),
  );
}

export function formatDocReport(r: GoldDocReport): string {
  let out = `== ${r.gold} (${r.doc})\n`;
  out += textTable(["score", "P", "R", "F1", "note"], [
    prfRow("full match", r.full, `${r.coreMatched}/${r.coreGold} core gold, ${r.predicted} predicted`),
    prfRow("type+sentence", r.typeSentence, "spec §3 rules 1-2"),
  ], 60);
  out += `\nPer type (full match)\n${typeTable(r.perType)}`;
  out += `\nQuotations: ${r.quotes.rightSpeaker}/${r.quotes.gold} with the right speaker (${pct(r.quotes.accuracy)}); ${r.quotes.found} found\n`;
  for (const w of r.quotes.wrong) out += `  "${w.starts}…": expected ${w.expected}, got ${w.got ?? "no quotation"}\n`;
  if (r.missedCore.length > 0) out += `\nMissed core events (${r.missedCore.length})\n${r.missedCore.map((m) => `  ${m}\n`).join("")}`;
  if (r.unmatched.length > 0) out += `\nUnmatched predictions (${r.unmatched.length})\n${r.unmatched.map((m) => `  ${m}\n`).join("")}`;
  return out;
}

export function formatGsrReport(r: GsrReport): string {
  let out = `== ${r.gold} (PLOVER gold standard, ${plural(r.records, "sentence")})\n`;
  out += textTable(["score", "value", "note"], [
    ["event-type accuracy", pct(r.typeAccuracy), `${r.typeRight}/${r.records}: some predicted event has the gold type`],
    ["first-event accuracy", pct(r.firstEventAccuracy), "the first predicted event has the gold type"],
    ["no event predicted", String(r.noEvent), "sentences"],
    ["actor country+sector", pct(r.actorMatchRate), `of the ${r.typeRight} with the right type`],
    ["recipient country+sector", pct(r.recipientMatchRate), `of the ${r.typeRight} with the right type`],
    ["actor and recipient", pct(r.bothMatchRate), `of the ${r.typeRight} with the right type`],
    ["actor, spec §3 rule", pct(r.actorSpec3Rate), "shared name word or same coding"],
    ["recipient, spec §3 rule", pct(r.recipientSpec3Rate), "shared name word or same coding"],
    ["full (type+actor+recipient)", pct(r.fullAccuracy), "of all sentences"],
    ["micro P/R/F1", `${num(r.micro.precision)}/${num(r.micro.recall)}/${num(r.micro.f1)}`, "distinct types per sentence"],
  ], 60);
  out += `\nPer type (distinct predicted types per sentence; precision is a lower bound)\n${typeTable(r.perType)}`;
  return out;
}

export function formatCorefScore(s: CorefScore): string {
  const found = (k: "name" | "pronoun"): string => `${s.foundMentions[k]}/${s.goldMentions[k]} (${pct(s.goldMentions[k] === 0 ? 0 : s.foundMentions[k] / s.goldMentions[k])})`;
  let out = `== Coreference, GUM test (${plural(s.documents, "document")}; names and pronouns of people, places, organizations)\n`;
  out += `mention recall: names ${found("name")}, pronouns ${found("pronoun")}\n`;
  out += textTable(["metric", "P", "R", "F1", "note"], [
    prfRow("MUC", s.muc, "all gold mentions; missed ones are singletons"),
    prfRow("B3", s.b3, "all gold mentions"),
    prfRow("MUC (found)", s.mucFound, "gold mentions the system found"),
    prfRow("B3 (found)", s.b3Found, "gold mentions the system found"),
  ], 60);
  return out;
}
