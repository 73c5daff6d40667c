-- The dashboard's membership source reads online applications (网上入会):
-- their writes mark the rollup like every other source table's.
CREATE TRIGGER "member_application_dashboard_mark" AFTER INSERT OR UPDATE OR DELETE ON "member_application" FOR EACH ROW EXECUTE FUNCTION dashboard_mark('org_id');
