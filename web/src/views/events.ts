/** The events explorer: filters, a sortable table, and export of the current selection. */
import { api, query, type ApiEvent } from "../api.js";
import { typeColor } from "../colors.js";
import { clear, h, message } from "../dom.js";
import { filterForm, readFilters } from "../filters.js";

const LIMIT = 1000;

interface Column {
  key: string;
  label: string;
  value(e: ApiEvent): string | number;
  cell?(e: ApiEvent): Node | string;
}

const COLUMNS: readonly Column[] = [
  { key: "date", label: "Date", value: (e) => e.date ?? e.published_at ?? "" },
  { key: "event", label: "Type", value: (e) => e.event, cell: (e) => h("span", { class: "type-badge", style: `background:${typeColor(e.event)}` }, e.event) },
  { key: "actor", label: "Actor", value: (e) => e.actor?.name ?? "" },
  { key: "recipient", label: "Recipient", value: (e) => e.recipient?.name ?? "" },
  { key: "place", label: "Place", value: (e) => e.location?.name ?? "" },
  { key: "trigger", label: "Trigger", value: (e) => e.trigger.text },
  { key: "confidence", label: "Conf.", value: (e) => e.confidence, cell: (e) => e.confidence.toFixed(2) },
  { key: "review", label: "Review", value: (e) => e.review?.status ?? "" },
  {
    key: "doc", label: "Article", value: (e) => e.doc_title ?? e.doc_id,
    cell: (e) => h("a", { href: `#/article/${encodeURIComponent(e.doc_id)}` }, e.doc_title ?? e.doc_id),
  },
];

export async function renderEvents(root: HTMLElement, _args: string[], params: URLSearchParams): Promise<void> {
  const filters = readFilters(params);
  const { events, next_cursor } = await api.events({ ...filters, limit: LIMIT });
  const exportLink = (format: string, label: string): HTMLElement =>
    h("a", { class: "button", href: `/api/events${query({ ...filters, limit: 5000, format })}`, download: `tacitus-events.${format}` }, label);
  root.append(
    filterForm("events", filters),
    h(
      "div",
      { class: "toolbar" },
      h("span", { id: "event-count" }, `${events.length} events${next_cursor ? ` (first ${LIMIT})` : ""}`),
      h("span", { class: "spacer" }),
      "Export selection: ", exportLink("csv", "CSV"), exportLink("jsonl", "JSON Lines"), exportLink("geojson", "GeoJSON"),
    ),
  );
  if (events.length === 0) {
    root.append(message("No events match these filters."));
    return;
  }
  let sortKey = "date";
  let descending = true;
  const tbody = h("tbody");
  const headRow = h("tr");
  const draw = (): void => {
    const column = COLUMNS.find((c) => c.key === sortKey) ?? COLUMNS[0];
    const sorted = [...events].sort((a, b) => {
      if (!column) return 0;
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
    clear(headRow);
    for (const c of COLUMNS) {
      const arrow = c.key === sortKey ? (descending ? " ▼" : " ▲") : "";
      headRow.append(
        h("th", { "aria-sort": c.key === sortKey ? (descending ? "descending" : "ascending") : "none" },
          h("button", { type: "button", class: "sort", "data-sort": c.key, onclick: () => { descending = c.key === sortKey ? !descending : false; sortKey = c.key; draw(); } }, c.label + arrow)),
      );
    }
    clear(tbody);
    for (const e of sorted) {
      tbody.append(h("tr", { "data-event-id": e.id, class: e.corrected ? "corrected" : null }, ...COLUMNS.map((c) => h("td", {}, c.cell ? c.cell(e) : String(c.value(e))))));
    }
  };
  draw();
  root.append(h("table", { class: "events-table", id: "events-table" }, h("thead", {}, headRow), tbody));
}
