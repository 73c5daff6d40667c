// Every Prisma enum value has a Chinese label, and each enum's labels live in
// one table beside its module. A new enum (or value) fails here until its
// labels are written and registered below.
import { describe, expect, it } from "vitest";
import * as Enums from "@/lib/db/generated/enums";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { FUND_SOURCE_LABELS, GRANT_CHANNEL_LABELS, GRANT_KIND_LABELS, GRANT_STATUS_LABELS, LEDGER_KIND_LABELS } from "@/lib/assistance/labels";
import { COMPETITION_AWARD_LABELS, COMPETITION_KIND_LABELS } from "@/lib/competitions/labels";
import { CONTRACT_KIND_LABELS, CONTRACT_STATUS_LABELS } from "@/lib/contracts/labels";
import { HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSE_LABELS, HARDSHIP_STATUS_LABELS, VISIT_CONCLUSION_LABELS } from "@/lib/hardship/labels";
import { HONOUR_LEVEL_LABELS, HONOUR_STATUS_LABELS, HONOUR_TITLE_LABELS, SERVICE_KIND_LABELS } from "@/lib/honours/labels";
import { MEMBER_APPLICATION_STATUS_LABELS, MEMBER_GROUP_LABELS, MEMBER_STATUS_LABELS, SEX_LABELS } from "@/lib/members/labels";
import { ORG_KIND_LABELS, ORG_LEVEL_LABELS, ORG_STATUS_LABELS } from "@/lib/orgs/labels";
import { CHANGE_REQUEST_STATUS_LABELS, SERVICE_POINT_KIND_LABELS } from "@/lib/self-service/labels";
import { ACHIEVEMENT_KIND_LABELS, MENTORSHIP_OUTCOME_LABELS, STUDIO_KIND_LABELS, STUDIO_STATUS_LABELS } from "@/lib/studios/labels";
import { UNIT_KIND_LABELS } from "@/lib/reform/labels";
import { PERIOD_REPORT_STATUS_LABELS } from "@/lib/reports/labels";
import { TARGET_SCOPE_LABELS } from "@/lib/dashboard/target-scope";

import { OWNERSHIP_LABELS } from "@/lib/yearbook/labels";
import { TRANSFER_REQUEST_STATUS_LABELS } from "@/lib/members/transfer-schema";
import { ASSIST_STATUS_LABELS, ASSIST_TRADE_LABELS, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
import { RIGHTS_CHANNEL_LABELS, RIGHTS_KIND_LABELS, RIGHTS_REFERRAL_LABELS, RIGHTS_STATUS_LABELS } from "@/lib/rights-cases/labels";
import { CERTIFICATE_LEVEL_LABELS, ENROLMENT_OUTCOME_LABELS, TRAINING_MODE_LABELS, TRAINING_TYPE_LABELS } from "@/lib/trainings/labels";

/** Prisma enum name → its label table. */
const LABELS: Record<string, Record<string, string>> = {
  TargetScope: TARGET_SCOPE_LABELS,
  HardshipCategory: HARDSHIP_CATEGORY_LABELS,
  HardshipCause: HARDSHIP_CAUSE_LABELS,
  HardshipStatus: HARDSHIP_STATUS_LABELS,
  VisitConclusion: VISIT_CONCLUSION_LABELS,
  FundSource: FUND_SOURCE_LABELS,
  LedgerKind: LEDGER_KIND_LABELS,
  GrantKind: GRANT_KIND_LABELS,
  GrantStatus: GRANT_STATUS_LABELS,
  GrantChannel: GRANT_CHANNEL_LABELS,
  Role: ROLE_LABELS,
  CompetitionKind: COMPETITION_KIND_LABELS,
  CompetitionAward: COMPETITION_AWARD_LABELS,
  ContractKind: CONTRACT_KIND_LABELS,
  ContractStatus: CONTRACT_STATUS_LABELS,
  HonourTitle: HONOUR_TITLE_LABELS,
  HonourLevel: HONOUR_LEVEL_LABELS,
  HonourStatus: HONOUR_STATUS_LABELS,
  ModelWorkerServiceKind: SERVICE_KIND_LABELS,
  Sex: SEX_LABELS,
  MemberStatus: MEMBER_STATUS_LABELS,
  MemberGroup: MEMBER_GROUP_LABELS,
  MemberApplicationStatus: MEMBER_APPLICATION_STATUS_LABELS,
  OrgLevel: ORG_LEVEL_LABELS,
  OrgKind: ORG_KIND_LABELS,
  OrgStatus: ORG_STATUS_LABELS,
  ServicePointKind: SERVICE_POINT_KIND_LABELS,
  ChangeRequestStatus: CHANGE_REQUEST_STATUS_LABELS,
  StudioKind: STUDIO_KIND_LABELS,
  StudioStatus: STUDIO_STATUS_LABELS,
  AchievementKind: ACHIEVEMENT_KIND_LABELS,
  MentorshipOutcome: MENTORSHIP_OUTCOME_LABELS,
  TrainingType: TRAINING_TYPE_LABELS,
  TrainingMode: TRAINING_MODE_LABELS,
  EnrolmentOutcome: ENROLMENT_OUTCOME_LABELS,
  CertificateLevel: CERTIFICATE_LEVEL_LABELS,
  ReformUnitKind: UNIT_KIND_LABELS,
  PeriodReportStatus: PERIOD_REPORT_STATUS_LABELS,
  EnterpriseOwnership: OWNERSHIP_LABELS,
  // EXPIRED is derived when read (a pending request past its 30 days), never stored.
  TransferRequestStatus: Object.fromEntries(Object.entries(TRANSFER_REQUEST_STATUS_LABELS).filter(([k]) => k !== "EXPIRED")),

  AssistTrade: ASSIST_TRADE_LABELS,
  AssistUrgency: ASSIST_URGENCY_LABELS,
  AssistOrderStatus: ASSIST_STATUS_LABELS,
  RightsCaseKind: RIGHTS_KIND_LABELS,
  RightsChannel: RIGHTS_CHANNEL_LABELS,
  RightsCaseStatus: RIGHTS_STATUS_LABELS,
  RightsReferral: RIGHTS_REFERRAL_LABELS,
};

const prismaEnums = (Object.entries(Enums) as [string, unknown][]).filter((e): e is [string, Record<string, string>] => typeof e[1] === "object" && e[1] !== null);

describe("enum labels", () => {
  it("finds the Prisma enums", () => {
    expect(prismaEnums.length).toBeGreaterThanOrEqual(34);
  });

  it.each(prismaEnums)("%s: every value has a Chinese label, and no label names a value that does not exist", (name, values) => {
    const labels = LABELS[name];
    expect(labels, `register ${name}'s labels (lib/<module>/labels.ts) in this test`).toBeDefined();
    const missing = Object.values(values).filter((v) => !labels[v] || !/\p{Script=Han}/u.test(labels[v]));
    expect(missing, `${name} values without a Chinese label`).toEqual([]);
    expect(Object.keys(labels).sort()).toEqual(Object.values(values).sort());
  });
});
