/** The dashboard's only way to data: the HTTP API of `tacitus serve`. */
export interface Entity {
  text: string;
  name: string;
  country: string | null;
  sector: string | null;
  code: string | null;
  start: number;
  end: number;
}

export interface Location {
  text: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
}

export interface Review {
  status: "accepted" | "rejected" | "corrected";
  reviewed_by: string;
  reviewed_at: string;
}

export interface ApiEvent {
  id: string;
  doc_id: string;
  event: string;
  mode: string | null;
  quad: string;
  actor: Entity | null;
  recipient: Entity | null;
  trigger: { text: string; start: number; end: number };
  evidence: { sentence: number; start: number; end: number };
  date: string | null;
  location: Location | null;
  quote_id: string | null;
  negated: boolean;
  modality: string;
  confidence: number;
  published_at?: string | null;
  doc_title?: string | null;
  reports?: number;
  review: Review | null;
  corrected: boolean;
}

export interface ApiDocument {
  id: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
  text: string;
  sentences: { index: number; start: number; end: number }[];
  entities: { id: string; label: string; text: string; name: string; start: number; end: number }[];
  quotes: { id: string; text: string; start: number; end: number; speaker: Entity | null; kind: string }[];
  events: ApiEvent[];
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  published_at: string | null;
  events?: number;
}

export interface TimelineRow {
  day: string;
  event: string;
  quad: string;
  events: number;
}

export interface NetworkEdge {
  actor: string;
  actor_country: string | null;
  recipient: string;
  recipient_country: string | null;
  event: string;
  quad: string;
  events: number;
}

export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

export interface AuditEntry {
  id: number;
  doc_id: string;
  event_id: string;
  action: string;
  actor: string;
  at: string;
  before: { record: ApiEvent };
  after: { record: ApiEvent };
  note: string | null;
}

export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
  "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

const TOKEN_KEY = "tacitus-token";

export function savedToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? "";
}

export function saveToken(token: string): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = savedToken();
  const headers = new Headers(init.headers);
  // Sent on reads too, so the dashboard also works when the server asks for tokens on reads.
  if (token) headers.set("authorization", `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") q.set(key, String(value));
  const text = q.toString();
  return text ? `?${text}` : "";
}

export const api = {
  documents: (limit = 100) => request<{ documents: DocumentSummary[] }>(`/api/documents${query({ limit })}`),
  document: (id: string) => request<ApiDocument>(`/api/documents/${encodeURIComponent(id)}`),
  events: (params: Record<string, string | number | boolean | undefined>) =>
    request<{ events: ApiEvent[]; next_cursor: string | null }>(`/api/events${query(params)}`),
  timeline: (params: Record<string, string | undefined>) => request<{ days: TimelineRow[] }>(`/api/timeline${query(params)}`),
  network: (params: Record<string, string | number | undefined>) => request<{ edges: NetworkEdge[] }>(`/api/network${query(params)}`),
  places: (params: Record<string, string | number | undefined>) => request<{ places: Place[] }>(`/api/places${query(params)}`),
  audit: (limit = 50) => request<{ audit: AuditEntry[] }>(`/api/audit${query({ limit })}`),
  review: (event: ApiEvent, body: unknown) =>
    request<{ event: ApiEvent }>(`/api/events/${encodeURIComponent(event.id)}/review${query({ doc_id: event.doc_id })}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
};
