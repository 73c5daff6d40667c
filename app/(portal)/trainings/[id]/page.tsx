// /trainings/{id} — one training session: facts, 参训人次 (members + non-members),
// outcomes, the enrolment list (the list kit's ListSection: filters and paging in the URL), adding and
// importing enrolments, exports. Leaders see the same page without write controls.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getTraining, listEnrolments } from "@/lib/trainings/queries";
import { EnrolmentListQuerySchema, type EnrolmentDto } from "@/lib/trainings/schema";
import { CERTIFICATE_LEVEL_LABELS, ENROLMENT_OUTCOMES, ENROLMENT_OUTCOME_LABELS, TRAINING_MODE_LABELS, TRAINING_TYPE_LABELS } from "@/lib/trainings/labels";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber, text } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { loadList } from "@/components/list/load";
import { ListSection } from "@/components/list/list-section";
import type { Column, FilterDef } from "@/components/list/list-page";
import { StatTiles } from "@/components/ui/stat-tiles";
import { formatYuan } from "@/lib/money";
import { DeleteButton } from "@/components/programmes/delete-button";
import { OutcomeBadge } from "@/components/trainings/badges";
import { AddEnrolmentButton, EnrolmentRowActions } from "@/components/trainings/enrolment-actions";
import { ImportPanel } from "@/components/xlsx/import-panel";
import { clip } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "培训详情" };

const KEYS = ["q", "outcome", "sort"] as const;

const FILTERS: FilterDef[] = [
  { name: "q", label: "搜索学员", type: "search", placeholder: "姓名 / 完整身份证号" },
  { name: "outcome", label: "培训结果", all: "全部结果", options: optionsOf(ENROLMENT_OUTCOMES, ENROLMENT_OUTCOME_LABELS) },
];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingPage({ params, searchParams }: Props) {
  const actor = await requireStaff();
  const t = await orNotFound(getTraining(actor, (await params).id));
  const path = `/trainings/${t.id}`;
  const writable = canWrite(actor);
  const list = await loadList(
    { path, schema: EnrolmentListQuerySchema, keys: KEYS, scoped: false },
    searchParams,
    { actor, scope: { id: t.orgId, name: t.orgName } },
    (q) => listEnrolments(actor, t.id, q),
    {},
  );
  const session = { id: t.id, orgId: t.orgId, type: t.type, hours: t.hours };
  const api = `/api/v1/trainings/${t.id}/enrolments`;

  const columns: Column<EnrolmentDto>[] = [
    {
      key: "name",
      header: "姓名",
      rowHeader: true,
      cell: (e) => (
        <Link href={`/members/${e.memberId}`} className="whitespace-nowrap text-sky-800 hover:text-brand hover:underline">
          {e.memberName}
        </Link>
      ),
    },
    { key: "id", header: "身份证号", className: "c-mono", cell: (e) => e.idMasked },
    { key: "org", header: "所在工会", cell: (e) => clip(e.memberOrgName) },
    { key: "attended", header: "参训", cell: (e) => (e.attended ? "是" : <span className="text-muted">否</span>) },
    { key: "hours", header: "学时", className: "c-amt", cell: (e) => e.attendedHours ?? "—" },
    { key: "outcome", header: "培训结果", cell: (e) => <OutcomeBadge outcome={e.outcome} /> },
    {
      key: "detail",
      header: "证书 / 补助",
      cell: (e) =>
        e.outcome === "CERTIFIED" ? (
          <span className="whitespace-nowrap">
            {e.certificateLevel ? CERTIFICATE_LEVEL_LABELS[e.certificateLevel] : ""} <span className="font-mono text-xs text-muted">{e.certificateNo}</span>
          </span>
        ) : e.subsidyAmount ? (
          <span className="tabular-nums">{formatYuan(e.subsidyAmount)}</span>
        ) : (
          "—"
        ),
    },
    ...(writable
      ? // As wide as its two buttons and never narrower: the column the table's width squeezed to a sliver.
        [{ key: "act", header: <span className="sr-only">操作</span>, className: "w-px whitespace-nowrap", cell: (e: EnrolmentDto) => <EnrolmentRowActions session={session} enrolment={e} /> }]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t.title}
        badge={<Badge tone="blue">{TRAINING_TYPE_LABELS[t.type]}</Badge>}
        description={`${t.orgName} · ${formatDate(t.startsOn)}${t.endsOn !== t.startsOn ? ` 至 ${formatDate(t.endsOn)}` : ""}`}
        breadcrumbs={[{ label: "技能培训", href: "/trainings" }, { label: t.title }]}
        actions={
          writable ? (
            <>
              <ButtonLink href={`${path}/edit`}>编辑</ButtonLink>
              <DeleteButton url={`/api/v1/trainings/${t.id}`} title="删除培训" then="/trainings">
                <p>
                  确定删除“{t.title}”吗？删除后该培训及其 {formatNumber(t.enrolledCount)} 名学员记录不再出现在列表和统计中。此操作记入审计日志。
                </p>
              </DeleteButton>
            </>
          ) : undefined
        }
      />

      <StatTiles
        label="合计"
        compact
        items={[
          { label: "参训人次", value: formatNumber(t.participantCount), unit: "人次" },
          { label: "参训会员", value: formatNumber(t.enrolledCount), unit: "人" },
          { label: "非会员参训", value: formatNumber(t.extraParticipants), unit: "人" },
          { label: t.type === "EDUCATION_UPGRADE" ? "学历提升补助" : "取得职业资格证书", value: t.type === "EDUCATION_UPGRADE" ? formatYuan(t.subsidyAmount) : formatNumber(t.certifiedCount), unit: t.type === "EDUCATION_UPGRADE" ? undefined : "人" },
        ]}
      />

      <InfoCard
        title="培训信息"
        className="mb-4"
        columns={3}
        items={[
          { label: "培训类型", value: TRAINING_TYPE_LABELS[t.type] },
          { label: "举办组织", value: t.orgName },
          { label: "承办单位", value: t.organiser },
          { label: "培训日期", value: `${formatDate(t.startsOn)} 至 ${formatDate(t.endsOn)}` },
          { label: "培训学时", value: `${t.hours} 学时` },
          { label: "培训方式", value: TRAINING_MODE_LABELS[t.mode] },
          { label: "培训地点", value: text(t.place) },
          { label: "计划人数", value: t.capacity == null ? "—" : `${formatNumber(t.capacity)} 人` },
          {
            label: "培训结果",
            value: ENROLMENT_OUTCOMES.filter((o) => t.outcomes[o] > 0)
              .map((o) => `${ENROLMENT_OUTCOME_LABELS[o]} ${formatNumber(t.outcomes[o])}`)
              .join("，") || "—",
          },
          { label: "备注", value: text(t.notes), wide: true },
        ]}
      />

      <ListSection
        list={list}
        title="学员名单"
        description="登记为会员的参训人员；非会员只计人数"
        exportPath={`${api}/export`}
        importFormat={writable}
        actions={writable && <AddEnrolmentButton session={session} />}
        filters={FILTERS}
        columns={columns}
        rowKey={(e) => e.id}
        caption={`${t.title}的学员名单`}
        unit="人"
        empty={{
          none: "暂无登记的学员",
          noneHint: writable ? "可点击“登记学员”逐个登记，或在下方批量导入。" : undefined,
          filtered: "没有符合条件的学员",
          filteredHint: "请调整搜索词或筛选条件。身份证号须输入完整的18位号码。",
        }}
      />

      {writable && (
        <Card title="批量导入学员" description="从 Excel（.xlsx）导入：先试导入检查，再正式导入">
          <ImportPanel importUrl={`${api}/import`} templateHref={`${api}/import/template`} noun="学员" />
        </Card>
      )}
    </>
  );
}
