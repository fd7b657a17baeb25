/** The article: its text with entities, triggers, actors and quotations marked; its events beside it, linked to their evidence. */
import { api, type ApiDocument, type ApiEvent } from "../api.js";
import { typeColor } from "../colors.js";
import { h, message } from "../dom.js";

interface Mark {
  start: number;
  end: number;
  cls: string;
  title: string;
}

function marks(doc: ApiDocument): Mark[] {
  const out: Mark[] = [];
  for (const q of doc.quotes) out.push({ start: q.start, end: q.end, cls: "quote", title: `quotation ${q.id}${q.speaker ? ` by ${q.speaker.name}` : ""}` });
  for (const e of doc.entities) out.push({ start: e.start, end: e.end, cls: `ent ent-${e.label}`, title: `${e.label}: ${e.name}` });
  for (const ev of doc.events) {
    if (ev.review?.status === "rejected") continue;
    out.push({ start: ev.trigger.start, end: ev.trigger.end, cls: `trigger`, title: `${ev.event} trigger` });
    for (const [role, who] of [["actor", ev.actor], ["recipient", ev.recipient]] as const) {
      if (who && who.start >= 0 && who.end > who.start) out.push({ start: who.start, end: who.end, cls: role, title: `${role}: ${who.name}${who.code ? ` [${who.code}]` : ""}` });
    }
  }
  return out.filter((m) => m.start >= 0 && m.end <= doc.text.length && m.end > m.start);
}

/** Splits the text at every mark boundary; each piece carries the classes of the marks covering it. */
function renderText(doc: ApiDocument): HTMLElement {
  const all = marks(doc);
  const cuts = new Set<number>([0, doc.text.length]);
  for (const m of all) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (const s of doc.sentences) cuts.add(s.start);
  const points = [...cuts].sort((a, b) => a - b);
  const body = h("div", { class: "article-text", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const covering = all.filter((m) => m.start <= start && m.end >= end);
    const piece = doc.text.slice(start, end);
    if (covering.length === 0) {
      body.append(h("span", { "data-start": start, "data-end": end }, piece));
      continue;
    }
    const classes = [...new Set(covering.flatMap((m) => m.cls.split(" ")))].join(" ");
    body.append(h("span", { class: classes, title: covering.map((m) => m.title).join("\n"), "data-start": start, "data-end": end }, piece));
  }
  return body;
}

function eventCard(ev: ApiEvent, onSelect: (ev: ApiEvent) => void): HTMLElement {
  const rejected = ev.review?.status === "rejected";
  return h(
    "li",
    { class: `event-card${rejected ? " rejected" : ""}`, "data-event-id": ev.id, tabindex: 0, onclick: () => onSelect(ev), onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && onSelect(ev) },
    h("span", { class: "type-badge", style: `background:${typeColor(ev.event)}` }, ev.event),
    ev.mode ? h("span", { class: "mode" }, ev.mode) : null,
    ev.negated ? h("span", { class: "flag" }, "negated") : null,
    ev.modality !== "asserted" ? h("span", { class: "flag" }, ev.modality) : null,
    h("div", { class: "who" }, `${ev.actor?.name ?? "—"} → ${ev.recipient?.name ?? "—"}`),
    h("div", { class: "meta" }, `“${ev.trigger.text}” · ${ev.date ?? "no date"}${ev.location ? ` · ${ev.location.name}` : ""} · ${(ev.confidence * 100).toFixed(0)}%`),
    ev.review ? h("div", { class: `review-state ${ev.review.status}` }, `${ev.review.status} by ${ev.review.reviewed_by}${ev.corrected && ev.review.status !== "corrected" ? " (with corrections)" : ""}`) : null,
  );
}

export async function renderArticle(root: HTMLElement, args: string[]): Promise<void> {
  const { documents } = await api.documents(200);
  const id = args[0] ?? documents.find((d) => (d.events ?? 0) > 0)?.id ?? documents[0]?.id;
  const picker = h(
    "select",
    { id: "doc-picker", "aria-label": "document", onchange: (e: Event) => (location.hash = `#/article/${encodeURIComponent((e.target as HTMLSelectElement).value)}`) },
    ...documents.map((d) => h("option", { value: d.id, selected: d.id === id }, `${d.published_at ?? "undated"} · ${d.title ?? d.id} (${d.events ?? 0})`)),
  );
  root.append(h("div", { class: "toolbar" }, h("label", {}, "Document ", picker)));
  if (!id) {
    root.append(message("No documents yet: ingest some with `tacitus ingest` or POST /api/documents."));
    return;
  }
  const doc = await api.document(id);
  const text = renderText(doc);
  const select = (ev: ApiEvent): void => {
    for (const el of root.querySelectorAll(".event-card.selected")) el.classList.remove("selected");
    root.querySelector(`.event-card[data-event-id="${CSS.escape(ev.id)}"]`)?.classList.add("selected");
    let first: Element | null = null;
    for (const span of text.querySelectorAll<HTMLElement>("span[data-start]")) {
      const start = Number(span.dataset["start"]);
      const end = Number(span.dataset["end"]);
      const inEvidence = start >= ev.evidence.start && end <= ev.evidence.end;
      span.classList.toggle("evidence", inEvidence);
      span.classList.toggle("evidence-trigger", start >= ev.trigger.start && end <= ev.trigger.end);
      if (inEvidence && !first) first = span;
    }
    (first as HTMLElement | null)?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const legend = h(
    "div",
    { class: "legend" },
    ...[["ent ent-PERSON", "person"], ["ent ent-ORG", "organization"], ["ent ent-GPE", "place"], ["actor", "actor"], ["recipient", "recipient"], ["trigger", "trigger"], ["quote", "quotation"]].map(
      ([cls, label]) => h("span", { class: cls ?? "" }, label ?? ""),
    ),
  );
  root.append(
    h(
      "div",
      { class: "article-layout" },
      h(
        "article",
        {},
        h("h2", {}, doc.title ?? doc.id),
        h("p", { class: "meta" }, `${doc.published_at ?? "undated"}${doc.url ? " · " : ""}`, doc.url ? h("span", { class: "url" }, doc.url) : null),
        legend,
        text,
      ),
      h("aside", {}, h("h3", {}, `${doc.events.length} events`), h("ol", { class: "event-list" }, ...doc.events.map((ev) => eventCard(ev, select)))),
    ),
  );
}
