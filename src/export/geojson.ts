import { eventDate, type ExportEvent, type ExportProfile, type ExportWriter } from "./profile.js";

/** A GeoJSON Feature for an event with coordinates, else null. */
export function eventFeature(event: ExportEvent): object | null {
  const r = event.record;
  const lat = r.location?.lat;
  const lon = r.location?.lon;
  if (lat === null || lat === undefined || lon === null || lon === undefined) return null;
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [lon, lat] },
    properties: {
      id: r.id,
      doc_id: r.doc_id,
      event: r.event,
      mode: r.mode,
      quad: r.quad,
      date: eventDate(event),
      actor: r.actor?.name ?? null,
      actor_code: r.actor?.code ?? null,
      recipient: r.recipient?.name ?? null,
      recipient_code: r.recipient?.code ?? null,
      place: r.location?.name ?? null,
      country: r.location?.country ?? null,
      trigger: r.trigger.text,
      // The API lists every event; these say which did not (or did not yet) happen.
      negated: r.negated,
      modality: r.modality,
      confidence: r.confidence,
      reports: event.reports,
      title: event.doc_title,
      url: event.doc_url,
      review_status: event.review?.status ?? null,
      corrected: event.corrected ?? false,
    },
  };
}

function createWriter(): ExportWriter {
  let count = 0;
  return {
    start: () => '{"type":"FeatureCollection","features":[\n',
    write: (event) => {
      const feature = eventFeature(event);
      if (!feature) return { leftOut: "coordinates" };
      return (count++ === 0 ? "" : ",\n") + JSON.stringify(feature);
    },
    end: () => "\n]}\n",
  };
}

/** One GeoJSON FeatureCollection of Point features, for events with coordinates. */
export const geojsonProfile: ExportProfile = {
  name: "geojson",
  description: "GeoJSON FeatureCollection of points, for asserted events whose place has coordinates",
  extension: ".geojson",
  assertedOnly: true,
  createWriter,
};
