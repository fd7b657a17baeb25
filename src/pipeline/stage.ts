import type { Doc } from "../doc/document.js";

/** Names of what stages add to a document; "text" is there from the start. */
export type Annotation =
  | "text"
  | "norm"
  | "tokens"
  | "sentences"
  | "casing"
  | "truecase"
  | "pos"
  | "lemma"
  | "deps"
  | "entities"
  | "coref"
  | "dates"
  | "quotes"
  | "events"
  | "actors"
  | "places";

/** A pipeline component: what it needs, what it adds, and a function over the document. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Annotation[];
  readonly assigns: readonly Annotation[];
  run(doc: Doc): void;
}
