/** The review queue: accept, reject or correct unreviewed events; every change lands in the audit log. */
import { EVENT_TYPES, api, type ApiEvent, type AuditEntry } from "../api.js";
import { typeColor } from "../colors.js";
import { h, message } from "../dom.js";

function summary(record: ApiEvent | undefined): string {
  if (!record) return "";
  return `${record.event} ${record.actor?.name ?? "—"} → ${record.recipient?.name ?? "—"} ${record.date ?? ""} ${record.location?.name ?? ""}`.trim();
}

function actorBody(name: string, previous: ApiEvent["actor"]): { name: string } | null | undefined {
  if (name === (previous?.name ?? "")) return undefined;
  return name === "" ? null : { name };
}

function correctForm(ev: ApiEvent, done: (body: unknown) => Promise<void>): HTMLFormElement {
  const form = h(
    "form",
    { class: "correct-form" },
    h("label", {}, "Type", h("select", { name: "event" }, ...EVENT_TYPES.map((t) => h("option", { value: t, selected: t === ev.event }, t)))),
    h("label", {}, "Actor", h("input", { name: "actor", value: ev.actor?.name ?? "" })),
    h("label", {}, "Recipient", h("input", { name: "recipient", value: ev.recipient?.name ?? "" })),
    h("label", {}, "Date", h("input", { name: "date", type: "date", value: ev.date ?? "" })),
    h("label", {}, "Place", h("input", { name: "place", value: ev.location?.name ?? "" })),
    h("label", {}, "Note", h("input", { name: "note", placeholder: "why" })),
    h("button", { type: "submit", class: "primary" }, "Save correction"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const get = (key: string): string => String(data.get(key) ?? "").trim();
    const changes: Record<string, unknown> = {};
    if (get("event") !== ev.event) changes["event"] = get("event");
    const actor = actorBody(get("actor"), ev.actor);
    if (actor !== undefined) changes["actor"] = actor;
    const recipient = actorBody(get("recipient"), ev.recipient);
    if (recipient !== undefined) changes["recipient"] = recipient;
    if (get("date") !== (ev.date ?? "")) changes["date"] = get("date") || null;
    if (get("place") !== (ev.location?.name ?? "")) changes["place"] = get("place") ? { name: get("place") } : null;
    const note = get("note");
    void done({ action: "correct", changes, ...(note ? { note } : {}) });
  });
  return form;
}

function auditTable(entries: readonly AuditEntry[]): HTMLElement {
  return h(
    "table",
    { class: "audit-table", id: "audit-table" },
    h("thead", {}, h("tr", {}, ...["When", "Who", "Action", "Event", "Before", "After", "Note"].map((t) => h("th", {}, t)))),
    h(
      "tbody",
      {},
      ...entries.map((a) =>
        h("tr", {}, h("td", {}, a.at.replace("T", " ").slice(0, 19)), h("td", {}, a.actor), h("td", {}, a.action), h("td", {}, h("a", { href: `#/article/${encodeURIComponent(a.doc_id)}` }, a.event_id)),
          h("td", {}, summary(a.before.record)), h("td", {}, summary(a.after.record)), h("td", {}, a.note ?? "")),
      ),
    ),
  );
}

export async function renderReview(root: HTMLElement): Promise<void> {
  const [{ events }, { audit }] = await Promise.all([api.events({ reviewed: false, limit: 50 }), api.audit(50)]);
  const status = h("div", { id: "review-status" });
  const log = h("div", { id: "audit-log" }, audit.length > 0 ? auditTable(audit) : message("No reviews yet."));
  const act = async (ev: ApiEvent, body: unknown, row: HTMLElement): Promise<void> => {
    status.replaceChildren();
    try {
      await api.review(ev, body);
      row.remove();
      status.append(message(`Saved: event ${ev.id}.`));
      const { audit: latest } = await api.audit(50);
      log.replaceChildren(auditTable(latest));
    } catch (error) {
      status.append(message(error instanceof Error ? error.message : String(error), "error"));
    }
  };
  const queue = h("ol", { class: "review-queue", id: "review-queue" });
  for (const ev of events) {
    const row = h("li", { class: "review-item", "data-event-id": ev.id });
    const editor = h("div", { class: "editor" });
    row.append(
      h("span", { class: "type-badge", style: `background:${typeColor(ev.event)}` }, ev.event),
      h("span", { class: "who" }, ` ${ev.actor?.name ?? "—"} → ${ev.recipient?.name ?? "—"}`),
      h("span", { class: "meta" }, ` “${ev.trigger.text}” · ${ev.date ?? "no date"}${ev.location ? ` · ${ev.location.name}` : ""} · ${(ev.confidence * 100).toFixed(0)}% · `),
      h("a", { href: `#/article/${encodeURIComponent(ev.doc_id)}` }, ev.doc_title ?? ev.doc_id),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", class: "accept", onclick: () => void act(ev, { action: "accept" }, row) }, "Accept"),
        h("button", { type: "button", class: "reject", onclick: () => void act(ev, { action: "reject" }, row) }, "Reject"),
        h("button", { type: "button", class: "correct", onclick: () => editor.replaceChildren(correctForm(ev, (body) => act(ev, body, row))) }, "Correct…"),
      ),
      editor,
    );
    queue.append(row);
  }
  root.append(
    h("h2", {}, "Review queue"),
    h("p", { class: "hint" }, "Unreviewed events, newest first. Saving needs an API token (tacitus token create NAME), entered at the top right."),
    status,
    events.length > 0 ? queue : message("Nothing left to review."),
    h("h2", {}, "Audit log"),
    log,
  );
}
