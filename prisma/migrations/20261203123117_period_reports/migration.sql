-- CreateEnum
CREATE TYPE "PeriodReportStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'RETURNED', 'ACCEPTED');

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "report_grace_days" INTEGER;

-- CreateTable
CREATE TABLE "period_report" (
    "id" SERIAL NOT NULL,
    "org_id" INTEGER NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "status" "PeriodReportStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" VARCHAR(500),
    "submitted_by_id" UUID,
    "submitted_by" VARCHAR(50),
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "reviewed_by" VARCHAR(50),
    "reviewed_at" TIMESTAMPTZ(3),
    "return_reason" VARCHAR(500),
    "accepted_by_id" UUID,
    "accepted_by" VARCHAR(50),
    "accepted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "period_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "period_report_status_starts_on_idx" ON "period_report"("status", "starts_on");

-- CreateIndex
CREATE UNIQUE INDEX "period_report_org_id_period_key" ON "period_report"("org_id", "period");

-- AddForeignKey
ALTER TABLE "period_report" ADD CONSTRAINT "period_report_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Period locking (报送锁定). Every dated programme table runs period_lock_guard,
-- so no code path can write into a period that an approved report has locked:
-- the guard resolves the record's organisation (directly, or through its parent
-- record) and its date(s), and period_lock_check raises SQLSTATE UL409 when an
-- APPROVED or ACCEPTED report of that organisation or an ancestor covers the
-- date. lib/db/errors.ts turns UL409 into the 409 the API answers.
-- Modes: 'record' = the whole row is dated (any insert, update, soft or hard
-- delete is checked against the old and the new date), 'dates' = long-lived
-- rows (members, contracts, studios ...) where only setting, moving or clearing
-- one of the listed dates, or a soft delete, touches the period.
-- Bodies are E'' strings with \073 for semicolons: the migration runner splits on them.

CREATE FUNCTION period_lock_check(p_org integer, p_day date) RETURNS void LANGUAGE plpgsql STABLE AS E'
DECLARE
  r record\073
  anc integer[]\073
BEGIN
  IF p_org IS NULL OR p_day IS NULL THEN
    RETURN\073
  END IF\073
  SELECT t.ancestor_ids INTO anc FROM organisation t WHERE t.id = p_org\073
  SELECT pr.period, o.name AS org_name, coalesce(par.name, o.name) AS reopener
    INTO r
    FROM period_report pr
    JOIN organisation o ON o.id = pr.org_id
    LEFT JOIN organisation par ON par.id = o.parent_id
   WHERE pr.status IN (''APPROVED'', ''ACCEPTED'')
     AND pr.starts_on <= p_day AND pr.ends_on >= p_day
     AND pr.org_id = ANY (anc)
   ORDER BY o.depth
   LIMIT 1\073
  IF FOUND THEN
    RAISE EXCEPTION USING
      ERRCODE = ''UL409'',
      MESSAGE = format(''%s%s已审核锁定，该期间内的记录不能新增、修改或删除。如需更正，请联系%s管理员重新开放该期间'',
        r.org_name,
        CASE WHEN length(r.period) = 4 THEN r.period || ''年度'' ELSE substr(r.period, 1, 4) || ''年第'' || substr(''一二三四'', substr(r.period, 7, 1)::integer, 1) || ''季度'' END,
        r.reopener),
      HINT = ''period_locked''\073
  END IF\073
END
';

CREATE FUNCTION period_lock_check_row(r jsonb, org_src text, col text) RETURNS void LANGUAGE plpgsql STABLE AS E'
DECLARE
  parent jsonb\073
  org integer\073
  v text\073
  day date\073
  src text[]\073
BEGIN
  IF position(''.'' IN org_src) > 0 THEN
    src := string_to_array(org_src, ''.'')\073
    IF r ->> src[2] IS NULL THEN
      RETURN\073
    END IF\073
    EXECUTE format(''SELECT to_jsonb(p) FROM %I p WHERE p.id = %L'', src[1], r ->> src[2]) INTO parent\073
    org := (parent ->> ''org_id'')::integer\073
  ELSE
    org := (r ->> org_src)::integer\073
  END IF\073
  IF col LIKE ''parent.%'' THEN
    v := parent ->> substr(col, 8)\073
  ELSIF col LIKE ''year:%'' THEN
    v := r ->> substr(col, 6)\073
  ELSE
    v := r ->> col\073
  END IF\073
  IF v IS NULL THEN
    RETURN\073
  END IF\073
  IF col LIKE ''year:%'' THEN
    day := make_date(v::integer, 1, 1)\073
  ELSIF length(v) > 10 THEN
    day := (v::timestamptz AT TIME ZONE ''Asia/Shanghai'')::date\073
  ELSE
    day := v::date\073
  END IF\073
  PERFORM period_lock_check(org, day)\073
END
';

CREATE FUNCTION period_lock_guard() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  o jsonb\073
  n jsonb\073
  col text\073
  watched text\073
  revived boolean := false\073
  i integer\073
BEGIN
  IF NOT EXISTS (SELECT 1 FROM period_report WHERE status IN (''APPROVED'', ''ACCEPTED'')) THEN
    RETURN CASE WHEN TG_OP = ''DELETE'' THEN OLD ELSE NEW END\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    o := to_jsonb(OLD)\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    n := to_jsonb(NEW)\073
  END IF\073
  IF TG_OP = ''UPDATE'' THEN
    revived := (o -> ''deleted_at'') IS DISTINCT FROM (n -> ''deleted_at'')\073
  END IF\073
  FOR i IN 2 .. TG_NARGS - 1 LOOP
    col := TG_ARGV[i]\073
    watched := CASE WHEN col LIKE ''year:%'' THEN substr(col, 6) ELSE col END\073
    IF TG_ARGV[0] = ''dates'' AND TG_OP = ''UPDATE'' AND NOT revived AND (o -> watched) IS NOT DISTINCT FROM (n -> watched) THEN
      CONTINUE\073
    END IF\073
    IF o IS NOT NULL THEN
      PERFORM period_lock_check_row(o, TG_ARGV[1], col)\073
    END IF\073
    IF n IS NOT NULL THEN
      PERFORM period_lock_check_row(n, TG_ARGV[1], col)\073
    END IF\073
  END LOOP\073
  RETURN CASE WHEN TG_OP = ''DELETE'' THEN OLD ELSE NEW END\073
END
';

CREATE TRIGGER "training_session_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "training_session"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'starts_on');

CREATE TRIGGER "training_enrolment_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "training_enrolment"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'training_session.session_id', 'parent.starts_on');

CREATE TRIGGER "competition_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "competition"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'starts_on');

CREATE TRIGGER "competition_entry_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "competition_entry"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'competition.competition_id', 'parent.starts_on');

CREATE TRIGGER "activity_record_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "activity_record"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'held_on');

CREATE TRIGGER "activity_attachment_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "activity_attachment"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'activity_record.record_id', 'parent.held_on');

CREATE TRIGGER "honour_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "honour"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'year:year');

CREATE TRIGGER "model_worker_service_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "model_worker_service"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'served_on');

CREATE TRIGGER "studio_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "studio"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('dates', 'org_id', 'founded_on', 'status_on');

CREATE TRIGGER "studio_member_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "studio_member"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'studio.studio_id', 'joined_on');

CREATE TRIGGER "studio_achievement_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "studio_achievement"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'studio.studio_id', 'achieved_on');

CREATE TRIGGER "mentorship_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "mentorship"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('dates', 'org_id', 'started_on', 'outcome_on');

CREATE TRIGGER "hardship_file_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "hardship_file"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('dates', 'org_id', 'created_at', 'status_on');

CREATE TRIGGER "hardship_visit_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "hardship_visit"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'hardship_file.file_id', 'visited_on');

CREATE TRIGGER "grant_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "grant"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('dates', 'org_id', 'disbursed_at');

CREATE TRIGGER "grant_event_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "grant_event"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'grant.grant_id', 'at');

CREATE TRIGGER "contract_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "contract"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('dates', 'org_id', 'offered_on', 'congress_on', 'signed_on', 'submitted_on', 'effective_from', 'effective_to');

CREATE TRIGGER "contract_event_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "contract_event"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'contract.contract_id', 'on');

CREATE TRIGGER "member_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "member"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('dates', 'org_id', 'joined_on', 'left_on');
