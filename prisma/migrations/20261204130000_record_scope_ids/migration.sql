-- Every programme record carries the ids of the organisations whose subtree
-- holds it (its organisation's ancestor_ids, itself included, and for an enterprise
-- the union of its area's and its union's), so a list's scope is one
-- predicate, `scope_ids @> ARRAY[root]`, which a GIN index answers and the
-- planner estimates from the column's element statistics. Before, a list read
-- the subtree's ids first and passed them as `org_id IN ($1 … $n)`: ~2,100
-- parameters for a county of a 20-million-member province, which cost Prisma
-- ~25 ms per query before PostgreSQL saw it.
--
-- An organisation never moves (its ancestor_ids are set once, when it is
-- created): a trigger now refuses to change them, since every record's
-- scope_ids would have to move too.

CREATE FUNCTION record_scope_ids() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW.scope_ids := coalesce((SELECT ancestor_ids FROM organisation WHERE id = NEW.org_id), ''{}'')\073
  RETURN NEW\073
END
';

CREATE FUNCTION enterprise_scope_ids() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW.scope_ids := (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), ''{}'') FROM organisation o CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x WHERE o.id IN (NEW.area_org_id, NEW.union_org_id))\073
  RETURN NEW\073
END
';

CREATE FUNCTION organisation_fixed_place() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF OLD.ancestor_ids <> ''{}'' AND NEW.ancestor_ids IS DISTINCT FROM OLD.ancestor_ids THEN
    RAISE EXCEPTION ''an organisation does not move: records carry its ancestor_ids in scope_ids'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END
';
CREATE TRIGGER "organisation_fixed_place" BEFORE UPDATE OF ancestor_ids ON "organisation"
  FOR EACH ROW EXECUTE FUNCTION organisation_fixed_place();

ALTER TABLE "training_session" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "grant" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "contract" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "hardship_file" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "honour" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "model_worker_service" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "activity_record" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "enterprise" ADD COLUMN "scope_ids" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];

-- Every record's scope_ids from its organisations: this migration's backfill,
-- and the benchmark's generator, which loads records with triggers off. The
-- backfill touches no figure, so the records' own triggers (the dashboard's
-- marks, the period lock) are off while it runs.
CREATE FUNCTION record_scope_recount() RETURNS void LANGUAGE plpgsql AS E'
DECLARE t text\073
BEGIN
  FOREACH t IN ARRAY ARRAY[''training_session'', ''grant'', ''contract'', ''hardship_file'', ''honour'', ''model_worker_service'', ''activity_record''] LOOP
    EXECUTE format(''UPDATE %I r SET scope_ids = o.ancestor_ids FROM organisation o WHERE o.id = r.org_id AND r.scope_ids IS DISTINCT FROM o.ancestor_ids'', t)\073
  END LOOP\073
  UPDATE enterprise e SET scope_ids = s.ids
  FROM (SELECT e2.id, array_agg(DISTINCT x ORDER BY x) AS ids
        FROM enterprise e2 JOIN organisation o ON o.id IN (e2.area_org_id, e2.union_org_id) CROSS JOIN LATERAL unnest(o.ancestor_ids) AS x
        GROUP BY e2.id) AS s
  WHERE s.id = e.id AND e.scope_ids IS DISTINCT FROM s.ids\073
END
';

ALTER TABLE "training_session" DISABLE TRIGGER USER;
ALTER TABLE "grant" DISABLE TRIGGER USER;
ALTER TABLE "contract" DISABLE TRIGGER USER;
ALTER TABLE "hardship_file" DISABLE TRIGGER USER;
ALTER TABLE "honour" DISABLE TRIGGER USER;
ALTER TABLE "model_worker_service" DISABLE TRIGGER USER;
ALTER TABLE "activity_record" DISABLE TRIGGER USER;
ALTER TABLE "enterprise" DISABLE TRIGGER USER;
SELECT record_scope_recount();
ALTER TABLE "training_session" ENABLE TRIGGER USER;
ALTER TABLE "grant" ENABLE TRIGGER USER;
ALTER TABLE "contract" ENABLE TRIGGER USER;
ALTER TABLE "hardship_file" ENABLE TRIGGER USER;
ALTER TABLE "honour" ENABLE TRIGGER USER;
ALTER TABLE "model_worker_service" ENABLE TRIGGER USER;
ALTER TABLE "activity_record" ENABLE TRIGGER USER;
ALTER TABLE "enterprise" ENABLE TRIGGER USER;

CREATE TRIGGER "training_session_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "training_session" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "grant_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "grant" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "contract_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "contract" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "hardship_file_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "hardship_file" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "honour_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "honour" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "model_worker_service_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "model_worker_service" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "activity_record_scope_ids" BEFORE INSERT OR UPDATE OF org_id ON "activity_record" FOR EACH ROW EXECUTE FUNCTION record_scope_ids();
CREATE TRIGGER "enterprise_scope_ids" BEFORE INSERT OR UPDATE OF area_org_id, union_org_id ON "enterprise" FOR EACH ROW EXECUTE FUNCTION enterprise_scope_ids();

CREATE INDEX "training_session_scope_ids_idx" ON "training_session" USING GIN ("scope_ids");
CREATE INDEX "grant_scope_ids_idx" ON "grant" USING GIN ("scope_ids");
CREATE INDEX "contract_scope_ids_idx" ON "contract" USING GIN ("scope_ids");
CREATE INDEX "hardship_file_scope_ids_idx" ON "hardship_file" USING GIN ("scope_ids");
CREATE INDEX "honour_scope_ids_idx" ON "honour" USING GIN ("scope_ids");
CREATE INDEX "model_worker_service_scope_ids_idx" ON "model_worker_service" USING GIN ("scope_ids");
CREATE INDEX "activity_record_scope_ids_idx" ON "activity_record" USING GIN ("scope_ids");
CREATE INDEX "enterprise_scope_ids_idx" ON "enterprise" USING GIN ("scope_ids");
