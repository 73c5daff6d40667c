// /studios/{id} — one studio: facts, totals by achievement kind, its timeline
// (founding, status changes, members joining, achievements, mentoring) in date
// order, and its members, achievements and mentoring pairs.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getStudio } from "@/lib/studios/queries";
import { ACHIEVEMENT_KIND_LABELS, MENTORSHIP_OUTCOME_LABELS, STUDIO_KIND_LABELS, STUDIO_LEVEL_LABELS, TIMELINE_KIND_LABELS } from "@/lib/studios/labels";
import type { AchievementDto, MentorshipDto, StudioDetail } from "@/lib/studios/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import type { Column } from "@/components/ui/data-table";
import { RecordList } from "@/components/list/record-list";
import { formatDate, formatNumber, text } from "@/components/format";
import { formatYuan } from "@/lib/money";
import { StatTiles } from "@/components/ui/stat-tiles";
import { DeleteButton } from "@/components/programmes/delete-button";
import { StudioStatusBadge } from "@/components/studios/badges";
import { AddAchievementAction, AddMemberAction, AddMentorshipAction, OutcomeAction, StatusAction } from "@/components/studios/studio-actions";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "工作室详情" };

type Member = StudioDetail["members"][number];

export default async function StudioPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const s = await orNotFound(getStudio(actor, (await params).id));
  const scope = await getScopeRoot(actor);
  const writable = canWrite(actor);
  const live = writable && s.status !== "REVOKED";

  const memberCols: Column<Member>[] = [
    { key: "name", header: "姓名", rowHeader: true, cell: (m) => <Link href={`/members/${m.memberId}`} className="link">{m.name}</Link> },
    { key: "role", header: "角色", cell: (m) => text(m.role) },
    { key: "org", header: "所在工会", cell: (m) => <span className="block max-w-[16rem] truncate">{m.orgName}</span> },
    { key: "joined", header: "加入日期", cell: (m) => <span className="tabular-nums">{formatDate(m.joinedOn)}</span> },
    ...(live
      ? [
          {
            key: "act",
            header: <span className="sr-only">操作</span>,
            cell: (m: Member) =>
              m.memberId === s.leadMemberId ? null : (
                <DeleteButton url={`/api/v1/studios/${s.id}/members/${m.memberId}`} title="移出成员" label="移出" size="sm">
                  <p>确定将 {m.name} 移出工作室吗？</p>
                </DeleteButton>
              ),
          },
        ]
      : []),
  ];
  const achCols: Column<AchievementDto>[] = [
    { key: "on", header: "取得日期", className: "c-num", cell: (a) => formatDate(a.achievedOn) },
    { key: "kind", header: "类别", cell: (a) => ACHIEVEMENT_KIND_LABELS[a.kind] },
    { key: "title", header: "成果名称", rowHeader: true, className: "min-w-[12rem]", cell: (a) => a.title },
    { key: "patent", header: "专利号", cell: (a) => <span className="font-mono text-xs">{text(a.patentNo)}</span> },
    { key: "benefit", header: "经济效益", className: "c-amt", cell: (a) => formatYuan(a.benefit) },
    ...(live
      ? [
          {
            key: "act",
            header: <span className="sr-only">操作</span>,
            cell: (a: AchievementDto) => (
              <DeleteButton url={`/api/v1/studios/${s.id}/achievements/${a.id}`} title="删除成果" size="sm">
                <p>确定删除成果“{a.title}”吗？</p>
              </DeleteButton>
            ),
          },
        ]
      : []),
  ];
  const pairCols: Column<MentorshipDto>[] = [
    { key: "mentor", header: "师傅", rowHeader: true, cell: (m) => m.mentorName },
    { key: "apprentice", header: "徒弟", cell: (m) => m.apprenticeName },
    { key: "start", header: "结对日期", cell: (m) => <span className="tabular-nums">{formatDate(m.startedOn)}</span> },
    { key: "outcome", header: "带教结果", cell: (m) => `${MENTORSHIP_OUTCOME_LABELS[m.outcome]}${m.outcomeOn ? `（${formatDate(m.outcomeOn)}）` : ""}${m.outcomeNote ? ` ${m.outcomeNote}` : ""}` },
    ...(live
      ? [
          {
            key: "act",
            header: <span className="sr-only">操作</span>,
            cell: (m: MentorshipDto) => (
              <span className="flex gap-2">
                <OutcomeAction studioId={s.id} m={m} />
                <DeleteButton url={`/api/v1/studios/${s.id}/mentorships/${m.id}`} title="删除师徒结对" size="sm">
                  <p>确定删除 {m.mentorName} 与 {m.apprenticeName} 的结对记录吗？</p>
                </DeleteButton>
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={s.name}
        badge={<StudioStatusBadge status={s.status} />}
        description={`${STUDIO_KIND_LABELS[s.kind]} · ${STUDIO_LEVEL_LABELS[s.level]} · ${s.orgName}`}
        breadcrumbs={[{ label: "创新工作室", href: "/studios" }, { label: s.name }]}
        actions={
          writable ? (
            <>
              <StatusAction studioId={s.id} status={s.status} />
              <ButtonLink href={`/studios/${s.id}/edit`}>编辑</ButtonLink>
              <DeleteButton url={`/api/v1/studios/${s.id}`} title="删除工作室" then="/studios">
                <p>确定删除“{s.name}”吗？其成员、成果和师徒记录将一并不再显示。此操作记入审计日志。</p>
              </DeleteButton>
            </>
          ) : undefined
        }
      />
      <StatTiles
        label="合计"
        compact
        items={[
          { label: "成员", value: formatNumber(s.totals.members), unit: "人" },
          { label: "创新成果", value: formatNumber(s.totals.achievements), unit: "项" },
          { label: "经济效益合计", value: formatYuan(s.totals.benefitTotal) },
          { label: "师徒结对（带教中）", value: `${formatNumber(s.totals.mentorships)}`, unit: `对（${s.totals.mentorshipsOngoing}）` },
        ]}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <InfoCard
          title="基本信息"
          className="lg:col-span-2"
          items={[
            { label: "领衔人", value: <Link href={`/members/${s.leadMemberId}`} className="link">{s.leadName}</Link> },
            { label: "依托单位", value: s.orgName },
            { label: "命名日期", value: formatDate(s.foundedOn) },
            { label: "状态", value: <span>{<StudioStatusBadge status={s.status} />} {s.statusOn ? formatDate(s.statusOn) : ""}</span> },
            { label: "简介", value: text(s.description), wide: true },
          ]}
        />
        <Card title="成果分类合计">
          {s.totals.byKind.length === 0 ? (
            <p className="text-sm text-muted">暂无成果</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">按类别统计的成果数与经济效益</caption>
              <thead>
                <tr className="text-left text-muted">
                  <th scope="col" className="pb-1 font-normal">类别</th>
                  <th scope="col" className="pb-1 text-right font-normal">项数</th>
                  <th scope="col" className="pb-1 text-right font-normal">经济效益</th>
                </tr>
              </thead>
              <tbody>
                {s.totals.byKind.map((k) => (
                  <tr key={k.kind} className="border-t border-line">
                    <th scope="row" className="py-1.5 text-left font-normal">{ACHIEVEMENT_KIND_LABELS[k.kind]}</th>
                    <td className="py-1.5 text-right tabular-nums">{k.count}</td>
                    <td className="py-1.5 text-right tabular-nums">{formatYuan(k.benefit)}</td>
                  </tr>
                ))}
                <tr className="border-t-2 border-line font-medium">
                  <th scope="row" className="py-1.5 text-left">合计</th>
                  <td className="py-1.5 text-right tabular-nums">{s.totals.achievements}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatYuan(s.totals.benefitTotal)}</td>
                </tr>
              </tbody>
            </table>
          )}
        </Card>
      </div>

      <Card title="发展历程" description="命名、状态变更、成员加入、创新成果、师徒结对与出师，按日期排列" className="mt-4">
        <ol aria-label="工作室时间线" className="relative ml-2 border-l-2 border-line">
          {s.timeline.map((e, i) => (
            <li key={i} className="mb-3 ml-4 last:mb-0">
              <span aria-hidden="true" className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand" />
              <p className="text-sm">
                <time dateTime={e.date} className="tabular-nums text-muted">
                  {formatDate(e.date)}
                </time>
                <span className="ml-2 rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">{TIMELINE_KIND_LABELS[e.kind]}</span>
              </p>
              <p className="text-[15px] text-gray-900">{e.text}</p>
            </li>
          ))}
        </ol>
      </Card>

      <RecordList title="工作室成员" actions={live && <AddMemberAction studioId={s.id} scopeId={scope.id} />} columns={memberCols} rows={s.members} rowKey={(m) => m.memberId} empty="暂无成员" />
      <RecordList title="创新成果" actions={live && <AddAchievementAction studioId={s.id} />} columns={achCols} rows={s.achievements} rowKey={(a) => a.id} empty="暂无创新成果" />
      <RecordList title="师徒结对" actions={live && <AddMentorshipAction studioId={s.id} scopeId={scope.id} />} columns={pairCols} rows={s.mentorships} rowKey={(m) => m.id} empty="暂无师徒结对" />
    </>
  );
}
