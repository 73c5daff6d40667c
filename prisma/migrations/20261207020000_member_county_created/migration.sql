-- The registry newest entries first (sort=-createdAt, 最近录入: what staff
-- have just entered). No index held created_at, so the page sorted every
-- member of its scope: at 20 million members 0.7 s for a county with its
-- pages cached (25 s without), and 4.6-7 s for the province. This index is
-- each county's slice in that order, with the status and union of each entry,
-- so a county's page is one backward index-only reading, and a province's or
-- a city's one such reading per county, merged (lib/members/list.ts). Members
-- of unions above a county (county_id null) are a slice of their own.
CREATE INDEX "member_county_id_created_at_id_status_org_id_idx" ON "member"("county_id", "created_at", "id", "status", "org_id");
