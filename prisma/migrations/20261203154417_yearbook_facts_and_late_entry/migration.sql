-- CreateEnum
CREATE TYPE "EnterpriseOwnership" AS ENUM ('STATE', 'COLLECTIVE', 'PRIVATE', 'OTHER_DOMESTIC', 'HMT', 'FOREIGN', 'INSTITUTION', 'GOVERNMENT', 'SOCIAL_ORG', 'INDIVIDUAL');

-- AlterTable
ALTER TABLE "enterprise" ADD COLUMN     "ownership" "EnterpriseOwnership";

-- CreateTable
CREATE TABLE "org_year_facts" (
    "org_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "full_time_staff" INTEGER NOT NULL DEFAULT 0,
    "part_time_staff" INTEGER NOT NULL DEFAULT 0,
    "congress_units" INTEGER NOT NULL DEFAULT 0,
    "open_affairs_units" INTEGER NOT NULL DEFAULT 0,
    "congress_delegates" INTEGER NOT NULL DEFAULT 0,
    "congress_delegates_women" INTEGER NOT NULL DEFAULT 0,
    "board_units" INTEGER NOT NULL DEFAULT 0,
    "worker_directors" INTEGER NOT NULL DEFAULT 0,
    "worker_directors_women" INTEGER NOT NULL DEFAULT 0,
    "updated_by_id" UUID,
    "updated_by" VARCHAR(50),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "org_year_facts_pkey" PRIMARY KEY ("org_id","year")
);

-- CreateTable
CREATE TABLE "report_exception" (
    "id" SERIAL NOT NULL,
    "org_id" INTEGER NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "granted_by_id" UUID,
    "granted_by" VARCHAR(50),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "late_entry_rule" (
    "org_id" INTEGER NOT NULL,
    "set_by_id" UUID,
    "set_by" VARCHAR(50),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "late_entry_rule_pkey" PRIMARY KEY ("org_id")
);

-- CreateIndex
CREATE INDEX "org_year_facts_year_idx" ON "org_year_facts"("year");

-- CreateIndex
CREATE INDEX "report_exception_org_id_period_idx" ON "report_exception"("org_id", "period");

-- AddForeignKey
ALTER TABLE "org_year_facts" ADD CONSTRAINT "org_year_facts_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "late_entry_rule" ADD CONSTRAINT "late_entry_rule_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_exception" ADD CONSTRAINT "report_exception_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Period lock, second rule (逾期补录): an organisation with a late_entry_rule
-- (or below one) cannot enter records into a quarter once that quarter's
-- report_grace_days (default 15) are over, unless the quarter's report was
-- returned for correction or the parent granted a report_exception that is
-- still valid. The deepest such organisation on the record's path governs.
-- Also: the statistics year's periods ("2026-TJ") get their Chinese name.
-- Bodies are E'' strings with \073 for semicolons: the migration runner splits on them.

CREATE OR REPLACE FUNCTION period_lock_check(p_org integer, p_day date) RETURNS void LANGUAGE plpgsql STABLE AS E'
DECLARE
  r record\073
  lr record\073
  anc integer[]\073
  q text\073
  qend date\073
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
        CASE WHEN length(r.period) = 4 THEN r.period || ''年度''
             WHEN r.period LIKE ''%-TJ'' THEN substr(r.period, 1, 4) || ''统计年度''
             ELSE substr(r.period, 1, 4) || ''年第'' || substr(''一二三四'', substr(r.period, 7, 1)::integer, 1) || ''季度'' END,
        r.reopener),
      HINT = ''period_locked''\073
  END IF\073
  SELECT f.id, f.name, coalesce(f.report_grace_days, 15) AS grace, coalesce(par.name, f.name) AS granter
    INTO lr
    FROM late_entry_rule ler
    JOIN organisation f ON f.id = ler.org_id
    LEFT JOIN organisation par ON par.id = f.parent_id
   WHERE f.id = ANY (anc)
   ORDER BY f.depth DESC
   LIMIT 1\073
  IF NOT FOUND THEN
    RETURN\073
  END IF\073
  q := to_char(p_day, ''YYYY'') || ''-Q'' || extract(quarter FROM p_day)::integer\073
  qend := (date_trunc(''quarter'', p_day) + interval ''3 months'' - interval ''1 day'')::date\073
  IF (now() AT TIME ZONE ''Asia/Shanghai'')::date <= qend + lr.grace THEN
    RETURN\073
  END IF\073
  IF EXISTS (SELECT 1 FROM period_report pr WHERE pr.org_id = lr.id AND pr.period = q AND pr.status = ''RETURNED'') THEN
    RETURN\073
  END IF\073
  IF EXISTS (SELECT 1 FROM report_exception x WHERE x.org_id = ANY (anc) AND x.period = q AND x.valid_until > now()) THEN
    RETURN\073
  END IF\073
  RAISE EXCEPTION USING
    ERRCODE = ''UL409'',
    MESSAGE = format(''%s%s的录入期限（期末后%s天）已过，逾期录入该期间的记录须经%s批准补录'',
      lr.name,
      substr(q, 1, 4) || ''年第'' || substr(''一二三四'', substr(q, 7, 1)::integer, 1) || ''季度'',
      lr.grace,
      lr.granter),
    HINT = ''period_late''\073
END
';

CREATE OR REPLACE FUNCTION period_lock_guard() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  o jsonb\073
  n jsonb\073
  col text\073
  watched text\073
  revived boolean := false\073
  i integer\073
BEGIN
  IF NOT EXISTS (SELECT 1 FROM period_report WHERE status IN (''APPROVED'', ''ACCEPTED''))
     AND NOT EXISTS (SELECT 1 FROM late_entry_rule) THEN
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

-- More dated records under the lock: which enterprises a contract covers (as of
-- its effective date), a fund's annual budget (by its year, as the dashboard
-- counts it), and member transfers (both the releasing and the receiving union).
CREATE TRIGGER "contract_coverage_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "contract_coverage"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'contract.contract_id', 'parent.effective_from');

CREATE TRIGGER "fund_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "fund"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'year:year');

CREATE TRIGGER "member_transfer_from_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "member_transfer"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'from_org_id', 'transferred_on');

CREATE TRIGGER "member_transfer_to_period_lock" BEFORE INSERT OR UPDATE OR DELETE ON "member_transfer"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'to_org_id', 'transferred_on');
