-- 劳模工匠助企行: model workers' visits to enterprises ("企业下单、劳模接单、工会送单"),
-- counted by the leaders' dashboard (lib/dashboard/indicators.ts).
INSERT INTO "activity_type" ("code", "name", "sort") VALUES ('MODEL_WORKER_VISIT', '劳模工匠助企行', 15)
ON CONFLICT ("code") DO NOTHING;
