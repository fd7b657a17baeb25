import type { Argument, Doc, EventAnnotation } from "../../doc/document.js";
import type { LanguageData } from "../../lexicon/language-data.js";
import { addressedToState, argumentOfCluster } from "./arguments.js";

const COOPERATIVE = new Set(["CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);

const FORCEFUL = new Set(["COERCE", "ASSAULT", "SANCTION", "MOBILIZE"]);

/** CAMEO's "express intent to ..." codes by the kind of cooperation intended. */
const INTENT_CAMEO: Readonly<Record<string, string>> = { CONSULT: "036", SUPPORT: "032", CONCEDE: "035", COOPERATE: "031", AID: "033", RETREAT: "035" };

/** CAMEO's threats by the kind of force threatened. */
const THREAT_CAMEO: Readonly<Record<string, string>> = { COERCE: "137", ASSAULT: "138", SANCTION: "131", MOBILIZE: "138" };

/**
 * A stated intent is itself the event (CAMEO 03 and 13): "will give aid" is AGREE, "is prepared
 * to impose martial law" is THREATEN. Demonstrations announced stay PROTEST with their modality.
 */
export function recodeIntent(event: EventAnnotation): void {
  if (event.negated) {
    // "will not accept", "refused to meet", "failed to reach agreement": a refusal.
    if (COOPERATIVE.has(event.type) || event.type === "AGREE") {
      event.cameo = "120";
      event.type = "REJECT";
      event.mode = null;
      event.negated = false;
      event.modality = "asserted";
    }
    return;
  }
  if (COOPERATIVE.has(event.type)) {
    event.cameo = INTENT_CAMEO[event.type] ?? "030";
    event.type = "AGREE";
  } else if (FORCEFUL.has(event.type)) {
    // "observers will patrol the disputed section": a deployment announced against no one threatens no one.
    if (event.type === "MOBILIZE" && event.recipient === null) return;
    event.cameo = THREAT_CAMEO[event.type] ?? "130";
    event.type = "THREATEN";
  } else return;
  event.mode = null;
  event.modality = "asserted";
}

const MATERIAL_CONFLICT = new Set(["COERCE", "ASSAULT"]);

const SPEAKER_CONFLICT = new Set(["ACCUSE", "SANCTION", "COERCE", "ASSAULT"]);

/**
 * Inside a quotation, a speaker's claim that others used force is an accusation by the speaker
 * ("they kidnapped staff" -> ACCUSE allege), and the speaker's own announced conflict is a threat
 * ("we will hold those involved responsible" -> THREATEN).
 */
export function recodeQuoted(doc: Doc, event: EventAnnotation, passive: boolean, lang: LanguageData | null): void {
  const quote = doc.quotes[event.quote];
  // Reported speech ("X said police arrested Y") reports deeds; only a speaker's own words accuse or threaten.
  if (!quote || quote.kind !== "direct" || quote.speakerCluster < 0 || event.negated) return;
  const speaker = doc.mentions[quote.speakerMention];
  if (!speaker) return;
  const byspeaker = event.actor?.cluster === quote.speakerCluster;
  // "Five attackers were killed," the spokesman said: a passive with no doer accuses no one; it stays the deed.
  const accuses = event.actor !== null || !passive;
  if (!byspeaker && accuses && MATERIAL_CONFLICT.has(event.type) && event.modality === "asserted") {
    const accused = event.actor ?? addressedToState(doc, event, event.triggerStart, event.triggerEnd, lang);
    event.type = "ACCUSE";
    event.mode = "allege";
    event.cameo = "112";
    event.recipient = accused;
    event.actor = speakerArgument(doc, speaker, quote.speakerCluster);
    event.confidence = 0.6;
  } else if (byspeaker && event.modality === "future" && SPEAKER_CONFLICT.has(event.type)) {
    event.type = "THREATEN";
    event.mode = null;
    event.cameo = "130";
    event.modality = "asserted";
  }
}

export function speakerArgument(doc: Doc, speaker: { start: number; end: number }, cluster: number): Argument {
  return argumentOfCluster(doc, speaker.start, speaker.end, cluster);
}
