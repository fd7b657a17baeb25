export {
  ReviewStore, applyCorrection, applyReviews, hashToken,
  type ActorCorrection, type ApiEvent, type ApiToken, type AuditEntry, type DocumentReviews, type EventChange, type EventCorrection, type EventPageQuery,
  type NetworkEdge, type PlaceCorrection, type PlaceSummary, type Quotation, type QuotationQuery, type ReviewAction, type ReviewState,
  type ReviewStatus, type TimelineRow,
} from "./review-store.js";
export { openReviewDb, type ReviewDb } from "./sql.js";
