// Kept only for the export routes, which another change is moving into
// lib/<module>/export.ts; everything else imports lib/dates.ts directly.
export { todayCST as cstDate, cstYear } from "../dates";
