-- Each training session carries its enrolment counters, kept by a trigger on
-- training_enrolment in the writer's transaction. A list of sessions and its
-- totals (参训人次, 取得证书, 学历提升补助) then read the sessions only: before,
-- every list page joined and counted all enrolments of the scope (a province's
-- page: every enrolment of the province, ten times more at 20 M members).

ALTER TABLE "training_session"
  ADD COLUMN "enrolled_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "certified_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "subsidy_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "subsidy_total" DECIMAL(14,2) NOT NULL DEFAULT 0;

-- One enrolment's share of its session's counters, added (sign 1) or taken away (-1).
CREATE FUNCTION training_session_count_add(p_session uuid, p_outcome text, p_amount numeric, p_sign integer) RETURNS void LANGUAGE sql AS E'
  UPDATE training_session SET
    enrolled_count = enrolled_count + p_sign,
    certified_count = certified_count + CASE WHEN p_outcome = ''CERTIFIED'' THEN p_sign ELSE 0 END,
    subsidy_count = subsidy_count + CASE WHEN p_outcome = ''SUBSIDY_GRANTED'' THEN p_sign ELSE 0 END,
    subsidy_total = subsidy_total + CASE WHEN p_outcome = ''SUBSIDY_GRANTED'' THEN p_sign * coalesce(p_amount, 0) ELSE 0 END
  WHERE id = p_session
';

CREATE FUNCTION training_enrolment_count() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND OLD.session_id = NEW.session_id AND OLD.outcome = NEW.outcome
     AND OLD.subsidy_amount IS NOT DISTINCT FROM NEW.subsidy_amount THEN
    RETURN NULL\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    PERFORM training_session_count_add(OLD.session_id, OLD.outcome::text, OLD.subsidy_amount, -1)\073
  END IF\073
  IF TG_OP <> ''DELETE'' THEN
    PERFORM training_session_count_add(NEW.session_id, NEW.outcome::text, NEW.subsidy_amount, 1)\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "training_enrolment_count" AFTER INSERT OR UPDATE OR DELETE ON "training_enrolment"
  FOR EACH ROW EXECUTE FUNCTION training_enrolment_count();

-- The counters are derived data: changing only them is neither an edit in a
-- locked period nor a change of any dashboard figure (the dashboard reads the
-- enrolments, whose own triggers mark and guard them).
DROP TRIGGER "training_session_period_lock" ON "training_session";
CREATE TRIGGER "training_session_period_lock" BEFORE INSERT OR DELETE ON "training_session"
  FOR EACH ROW EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'starts_on');
CREATE TRIGGER "training_session_period_lock_update" BEFORE UPDATE ON "training_session"
  FOR EACH ROW WHEN ((to_jsonb(OLD) - '{enrolled_count,certified_count,subsidy_count,subsidy_total}'::text[])
                     IS DISTINCT FROM (to_jsonb(NEW) - '{enrolled_count,certified_count,subsidy_count,subsidy_total}'::text[]))
  EXECUTE FUNCTION period_lock_guard('record', 'org_id', 'starts_on');

DROP TRIGGER "training_session_dashboard_mark" ON "training_session";
CREATE TRIGGER "training_session_dashboard_mark" AFTER INSERT OR DELETE ON "training_session"
  FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
CREATE TRIGGER "training_session_dashboard_mark_update" AFTER UPDATE ON "training_session"
  FOR EACH ROW WHEN ((to_jsonb(OLD) - '{enrolled_count,certified_count,subsidy_count,subsidy_total}'::text[])
                     IS DISTINCT FROM (to_jsonb(NEW) - '{enrolled_count,certified_count,subsidy_count,subsidy_total}'::text[]))
  EXECUTE FUNCTION dashboard_mark('org_id');

-- Every session's counters from its enrolments: this migration's backfill, and
-- the benchmark's generator, which loads enrolments with triggers off.
CREATE FUNCTION training_session_recount() RETURNS void LANGUAGE sql AS E'
  UPDATE training_session s SET
    enrolled_count = c.enrolled, certified_count = c.certified, subsidy_count = c.subsidies, subsidy_total = c.subsidy
  FROM (
    SELECT session_id,
           count(*)::int AS enrolled,
           (count(*) FILTER (WHERE outcome = ''CERTIFIED''))::int AS certified,
           (count(*) FILTER (WHERE outcome = ''SUBSIDY_GRANTED''))::int AS subsidies,
           coalesce(sum(subsidy_amount) FILTER (WHERE outcome = ''SUBSIDY_GRANTED''), 0) AS subsidy
    FROM training_enrolment GROUP BY session_id
  ) AS c
  WHERE c.session_id = s.id
';

SELECT training_session_recount();
