-- 学历提升补助 (education-upgrade subsidy for a member's own studies): its aid
-- rules. A migration of its own, because a new enum value cannot be used in
-- the transaction that adds it.
INSERT INTO "grant_policy" ("kind", "requires_hardship_file", "max_amount", "max_per_household_year", "notice_days", "updated_at")
VALUES ('EDUCATION_UPGRADE', false, 3000.00, 3000.00, 5, now());
