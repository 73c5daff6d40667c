-- A county's phone search, read in the county's own slice, as its name search
-- is (migration member_county_id). The only phone index was the province's: at
-- 20 million members a county's staff typing "138" waited 641 ms while the
-- database read the province's ~290,000 numbers with that prefix to find the
-- county's few thousand, and "1381" 224 ms. status and org_id are in the index
-- so the default filter and a town's subtree are checked before a row is read.
-- Built with the table locked against writes (about a minute at 20 million
-- members): plan a quiet hour.
CREATE INDEX "member_county_id_phone_status_org_id_idx" ON "member"("county_id", "phone", "status", "org_id");
