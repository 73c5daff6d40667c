-- The model-worker services list, as it opens newest first, had no index on
-- its order: a county page sorted the county services (57 ms at 20 million
-- members, a million services) and the province page every service (0.43 s).
-- Its index now serves the walk as the other lists do (migrations
-- list_walk_scope, list_walk_scope_all): ordered as the list, ending in the
-- deletion mark and scope_ids, so that the walk reads no table row.
-- (No apostrophes or semicolons in these comments: see record_tally.)

CREATE INDEX "model_worker_service_served_on_id_deleted_at_scope_ids_idx" ON "model_worker_service"("served_on" DESC, "id", "deleted_at", "scope_ids");
