import { Doc, type DocumentInit } from "../doc/document.js";
import { TacitusError } from "../errors/index.js";
import type { Annotation, Stage } from "./stage.js";

/** An ordered list of stages whose order was checked when it was built. */
export class Pipeline {
  readonly stages: readonly Stage[];
  /** What a document must already have when it enters; "text" for one made from an init. */
  readonly initial: readonly Annotation[];

  constructor(stages: readonly Stage[], initial: readonly Annotation[] = ["text"]) {
    checkOrder(stages, initial);
    this.stages = stages;
    this.initial = initial;
  }

  /** Runs every stage over a document made from `init`. */
  process(init: DocumentInit): Doc {
    return this.run(new Doc(init));
  }

  /**
   * Runs every stage over a document built elsewhere (from a treebank, say) that has `initial`;
   * with `timings`, adds each stage's milliseconds to it (benchmarks).
   */
  run(doc: Doc, timings?: Map<string, number>): Doc {
    const missing = this.initial.filter((name) => !doc.annotations.has(name));
    if (missing.length > 0) {
      throw new TacitusError("PIPELINE_ORDER", `The document lacks ${missing.join(", ")}, which this pipeline expects it to have.`);
    }
    for (const stage of this.stages) {
      const begin = timings ? performance.now() : 0;
      stage.run(doc);
      if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - begin);
      for (const name of stage.assigns) doc.annotations.add(name);
    }
    return doc;
  }

  /** Total time per stage over many documents, for benchmarks. */
  processTimed(init: DocumentInit, timings: Map<string, number>): Doc {
    return this.run(new Doc(init), timings);
  }
}

/** Throws PIPELINE_ORDER when a stage needs something no earlier stage assigns. */
export function checkOrder(stages: readonly Stage[], initial: readonly Annotation[] = ["text"]): void {
  const available = new Set<Annotation>(initial);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new TacitusError("PIPELINE_ORDER", `Stage "${stage.name}" appears twice; list each stage once.`);
    }
    names.add(stage.name);
    const missing = stage.requires.filter((need) => !available.has(need));
    if (missing.length > 0) {
      throw new TacitusError(
        "PIPELINE_ORDER",
        `Stage "${stage.name}" requires ${missing.join(", ")}, which no earlier stage assigns; ` +
          `put a stage that assigns ${missing.join(", ")} before it.`,
      );
    }
    for (const name of stage.assigns) available.add(name);
  }
}
