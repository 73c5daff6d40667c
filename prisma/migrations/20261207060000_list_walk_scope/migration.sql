-- A programme list as it opens reads its first page by walking the index of
-- its order and keeping the records of the scope (lib/records/scoped-list.ts,
-- pageAsOpened). A county holds about one record in seventy of the province,
-- so a page of 20 walks some 1,400 to 1,800 entries, and the scope was read
-- from each entry table row: 1,446 table pages for a county enterprise page,
-- 3.4 ms of the database, and 2.8 ms for its trainings at 20 million members.
-- With scope_ids (and a session deletion mark) in the index itself the walk
-- reads the index alone (0.4 ms each), and only the 20 rows of the page are
-- then read from the table. The new indexes replace the ones they extend,
-- whose readings they serve as well.
-- (No apostrophes or semicolons in these comments: see record_tally.)

DROP INDEX "training_session_starts_on_idx";
CREATE INDEX "training_session_starts_on_id_deleted_at_scope_ids_idx" ON "training_session"("starts_on" DESC, "id", "deleted_at", "scope_ids");

DROP INDEX "enterprise_name_id_idx";
CREATE INDEX "enterprise_name_id_scope_ids_idx" ON "enterprise"("name", "id", "scope_ids");
