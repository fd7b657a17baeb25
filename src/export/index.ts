export { EXPORT_PROFILES, csvField, tsvField, type ExportEvent, type ExportProfile, type ExportProfileName, type ExportWriter, type LeftOutReason } from "./profile.js";
export { PROFILES, exportEvents, type ExportCounts } from "./export-events.js";
export { GDELT_COLUMNS, gdeltRow } from "./gdelt.js";
export { ACLED_COLUMNS, acledRow, acledType } from "./acled.js";
export { eventFeature } from "./geojson.js";
