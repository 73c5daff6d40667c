-- Competitions join the programme records that carry scope_ids (migration
-- record_scope_ids): their list and their totals found a county's subtree
-- through `organisation` (Prisma's relation filter on ancestor_ids), which read
-- every competition and entry of the province: 0.3 s for a county's
-- /competitions at 20 million members.

ALTER TABLE "competition" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];

-- The backfill touches no figure: the table's own triggers stay off while it runs.
ALTER TABLE "competition" DISABLE TRIGGER USER;
UPDATE "competition" r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.org_id;
ALTER TABLE "competition" ENABLE TRIGGER USER;

CREATE TRIGGER "competition_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "competition" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE INDEX "competition_scope_ids_idx" ON "competition" USING GIN ("scope_ids");

-- The benchmark's generator loads records with triggers off and fills every
-- record's scope in one pass: competitions now among them.
CREATE OR REPLACE FUNCTION record_scope_recount() RETURNS void LANGUAGE plpgsql AS E'
DECLARE t text\073
BEGIN
  FOREACH t IN ARRAY ARRAY[''training_session'', ''grant'', ''contract'', ''hardship_file'', ''honour'', ''model_worker_service'', ''activity_record'', ''competition''] LOOP
    EXECUTE format(''UPDATE %I r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.org_id AND r.scope_ids IS DISTINCT FROM o.ancestor_ids'', t)\073
  END LOOP\073
  UPDATE enterprise e SET scope_ids = s.ids
  FROM (SELECT e2.id, array_agg(DISTINCT x ORDER BY x) AS ids
        FROM enterprise e2 JOIN organisation o ON o.id IN (e2.area_org_id, e2.union_org_id) CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x
        GROUP BY e2.id) AS s
  WHERE s.id = e.id AND e.scope_ids IS DISTINCT FROM s.ids\073
END
';
