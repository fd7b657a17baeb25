import { Doc, type DocumentInit } from "../doc/document.js";
import { TacitusError } from "../errors/index.js";
import type { Annotation, Stage } from "./stage.js";

/** An ordered list of stages whose order was checked when it was built. */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    checkOrder(stages);
    this.stages = stages;
  }

  /** Runs every stage over a document made from `init`. */
  process(init: DocumentInit): Doc {
    const doc = new Doc(init);
    for (const stage of this.stages) {
      stage.run(doc);
      for (const name of stage.assigns) doc.annotations.add(name);
    }
    return doc;
  }

  /** Total time per stage over many documents, for benchmarks. */
  processTimed(init: DocumentInit, timings: Map<string, number>): Doc {
    const doc = new Doc(init);
    for (const stage of this.stages) {
      const begin = performance.now();
      stage.run(doc);
      timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - begin);
      for (const name of stage.assigns) doc.annotations.add(name);
    }
    return doc;
  }
}

/** Throws PIPELINE_ORDER when a stage needs something no earlier stage assigns. */
export function checkOrder(stages: readonly Stage[]): void {
  const available = new Set<Annotation>(["text"]);
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
