-- The other programme lists as they open read their first page as the
-- trainings and the enterprises do (migration list_walk_scope): the index of
-- each list default order gains scope_ids (and the deletion mark where the
-- list hides deleted records) as its last key columns, so that walking it for
-- a county reads no table row, and replaces the index it extends.
-- (No apostrophes or semicolons in these comments: see record_tally.)

DROP INDEX "activity_record_held_on_idx";
CREATE INDEX "activity_record_held_on_id_deleted_at_scope_ids_idx" ON "activity_record"("held_on" DESC, "id", "deleted_at", "scope_ids");

DROP INDEX "assist_order_requested_on_id_idx";
CREATE INDEX "assist_order_requested_on_id_scope_ids_idx" ON "assist_order"("requested_on" DESC, "id", "scope_ids");

DROP INDEX "honour_year_level_id_idx";
CREATE INDEX "honour_year_level_id_deleted_at_scope_ids_idx" ON "honour"("year" DESC, "level", "id", "deleted_at", "scope_ids");

DROP INDEX "grant_created_at_id_idx";
CREATE INDEX "grant_created_at_id_scope_ids_idx" ON "grant"("created_at" DESC, "id", "scope_ids");

DROP INDEX "hardship_file_created_at_id_idx";
CREATE INDEX "hardship_file_created_at_id_scope_ids_idx" ON "hardship_file"("created_at" DESC, "id", "scope_ids");

DROP INDEX "contract_offered_on_id_idx";
CREATE INDEX "contract_offered_on_id_scope_ids_idx" ON "contract"("offered_on" DESC, "id", "scope_ids");
