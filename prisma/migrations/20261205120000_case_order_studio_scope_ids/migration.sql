-- Rights cases, 助企行 orders and innovation studios join the records that
-- carry scope_ids (migration record_scope_ids): their lists, their counts on
-- 首页 and a record's own page found a subtree through organisation (Prisma's
-- relation filter on ancestor_ids), a join the planner cannot estimate, which
-- reads every record of the province as a province's records grow.
--
-- A rights case is in the subtree of the union that received it and of the
-- one handling it (a case handed up stays visible to the union that received
-- it), so its scope_ids are the union of both organisations' ancestor_ids and
-- follow a handover.

ALTER TABLE "assist_order" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "studio" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "rights_case" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];

CREATE FUNCTION rights_case_scope_ids() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW.scope_ids := (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), ''{}'') FROM organisation o CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x WHERE o.id IN (NEW.receiving_org_id, NEW.handling_org_id))\073
  RETURN NEW\073
END
';

-- The backfill touches no figure: the tables' own triggers stay off while it runs.
ALTER TABLE "assist_order" DISABLE TRIGGER USER;
ALTER TABLE "studio" DISABLE TRIGGER USER;
ALTER TABLE "rights_case" DISABLE TRIGGER USER;
UPDATE "assist_order" r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.org_id;
UPDATE "studio" r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.org_id;
UPDATE "rights_case" c SET scope_ids = s.ids
FROM (SELECT c2.id, array_agg(DISTINCT x ORDER BY x) AS ids
      FROM rights_case c2 JOIN organisation o ON o.id IN (c2.receiving_org_id, c2.handling_org_id) CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x
      GROUP BY c2.id) AS s
WHERE s.id = c.id;
ALTER TABLE "assist_order" ENABLE TRIGGER USER;
ALTER TABLE "studio" ENABLE TRIGGER USER;
ALTER TABLE "rights_case" ENABLE TRIGGER USER;

CREATE TRIGGER "assist_order_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "assist_order" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "studio_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "studio" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "rights_case_scope_ids" BEFORE INSERT OR UPDATE OF receiving_org_id, handling_org_id ON "rights_case" FOR EACH ROW EXECUTE FUNCTION rights_case_scope_ids();

CREATE INDEX "assist_order_scope_ids_idx" ON "assist_order" USING GIN ("scope_ids");
CREATE INDEX "studio_scope_ids_idx" ON "studio" USING GIN ("scope_ids");
CREATE INDEX "rights_case_scope_ids_idx" ON "rights_case" USING GIN ("scope_ids");

-- The benchmark's generator loads records with triggers off and fills every
-- record's scope in one pass: studios and orders now among them (it makes no rights cases).
CREATE OR REPLACE FUNCTION record_scope_recount() RETURNS void LANGUAGE plpgsql AS E'
DECLARE t text\073
BEGIN
  FOREACH t IN ARRAY ARRAY[''training_session'', ''grant'', ''contract'', ''hardship_file'', ''honour'', ''model_worker_service'', ''activity_record'', ''competition'', ''studio'', ''assist_order''] LOOP
    EXECUTE format(''UPDATE %I r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.org_id AND r.scope_ids IS DISTINCT FROM o.ancestor_ids'', t)\073
  END LOOP\073
  UPDATE enterprise e SET scope_ids = s.ids
  FROM (SELECT e2.id, array_agg(DISTINCT x ORDER BY x) AS ids
        FROM enterprise e2 JOIN organisation o ON o.id IN (e2.area_org_id, e2.union_org_id) CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x
        GROUP BY e2.id) AS s
  WHERE s.id = e.id AND e.scope_ids IS DISTINCT FROM s.ids\073
END
';
