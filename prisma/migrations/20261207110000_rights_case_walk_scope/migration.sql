-- The rights cases list as it opens now reads its page as the other
-- programme lists do (lib/records/scoped-list.ts, pageAsOpened): walking the
-- index of its order and keeping the cases of the scope, then reading the 20
-- rows of the page. With scope_ids in the index the walk reads the index
-- alone, as migration list_walk_scope explains. The new index replaces the
-- one it extends, whose readings it serves as well.
-- (No apostrophes or semicolons in these comments: see record_tally.)

DROP INDEX "rights_case_received_on_id_idx";
CREATE INDEX "rights_case_received_on_id_scope_ids_idx" ON "rights_case"("received_on" DESC, "id", "scope_ids");
