// /orgs/{id} — one organisation: breadcrumbs, its facts, and its children (filterable, 50 a page).
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getOrganisation, listChildrenWithCounts, type OrgChild } from "@/lib/orgs/queries";
import { holdsMembers } from "@/lib/orgs/labels";
import { requireStaff, orNotFound, intId } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card, InfoCard } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { ORG_STATUS_LABELS, formatDate, formatNumber, kindLabel, levelLabel, text } from "@/components/format";
import { formatDateTime } from "@/lib/dates";
import { flattenSearchParams } from "@/components/url";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "组织体系" };

const PAGE_SIZE = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrgPage({ params, searchParams }: Props) {
  const actor = await requireStaff();
  const id = intId((await params).id);
  const sp = flattenSearchParams(await searchParams);
  const [org, children] = await Promise.all([orNotFound(getOrganisation(actor, id)), orNotFound(listChildrenWithCounts(actor, id))]);

  const q = (sp.q ?? "").slice(0, 50);
  const filtered = q ? children.filter((c) => c.name.includes(q) || c.code === q) : children;
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1), pages);
  const rows = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const writable = canWrite(actor);
  // Staff maintain what lies below them; their own node belongs to the level above.
  const canEdit = writable && (actor.role === "ADMIN" || org.id !== actor.orgId);
  const canAddChild = writable && org.level !== "GRASSROOTS" && org.status === "ACTIVE";

  const columns: Column<OrgChild>[] = [
    {
      key: "name",
      header: "名称",
      rowHeader: true,
      className: "min-w-[14rem]",
      cell: (c) => (
        <span className="inline-flex flex-wrap items-center gap-1.5">
          <RecordLink href={`/orgs/${c.id}`}>{c.name}</RecordLink>
          {c.status !== "ACTIVE" && <Badge tone="neutral">{ORG_STATUS_LABELS[c.status]}</Badge>}
        </span>
      ),
    },
    { key: "level", header: "层级 / 类型", cell: (c) => <span className="whitespace-nowrap text-gray-700">{levelLabel(c.level)} · {kindLabel(c.kind)}</span> },
    { key: "children", header: "下级组织数", className: "c-amt", cell: (c) => formatNumber(c.childCount) },
    { key: "unions", header: "基层工会数", className: "c-amt", cell: (c) => formatNumber(c.unionCount) },
    { key: "members", header: "会员数", className: "c-amt", cell: (c) => formatNumber(c.memberCount) },
    {
      key: "actions",
      header: <span className="sr-only">操作</span>,
      className: "text-right whitespace-nowrap",
      cell: (c) => (
        <Link href={`/members?orgId=${c.id}`} className="text-sm text-sky-800 hover:text-brand hover:underline" aria-label={`查看会员：${c.name}`}>
          查看会员
        </Link>
      ),
    },
  ];

  const contacts = [org.contactName, org.contactPhone].filter(Boolean).join("　");

  return (
    <>
      <PageHeader
        title={org.name}
        badge={org.status !== "ACTIVE" ? <Badge tone="neutral">{ORG_STATUS_LABELS[org.status]}</Badge> : undefined}
        description={`${levelLabel(org.level)} · ${kindLabel(org.kind)}`}
        breadcrumbs={org.breadcrumbs.map((b) => ({ label: b.name, href: `/orgs/${b.id}` }))}
        actions={
          <>
            <ButtonLink href={`/members?orgId=${org.id}`}>查看会员</ButtonLink>
            {writable && holdsMembers(org.level) && org.status === "ACTIVE" && <ButtonLink href={`/members/new?orgId=${org.id}`}>登记会员</ButtonLink>}
            {canEdit && <ButtonLink href={`/orgs/${org.id}/edit`}>编辑</ButtonLink>}
            {canAddChild && (
              <ButtonLink href={`/orgs/${org.id}/new`} variant="primary">
                新增下级组织
              </ButtonLink>
            )}
          </>
        }
      />

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {[
          { label: "直属下级", value: org.childCount, unit: "个" },
          { label: "基层工会数", value: org.unionCount, unit: "个" },
          { label: "会员数", value: org.memberCount, unit: "人" },
        ].map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white px-5 py-3">
            <p className="text-sm text-muted">{s.label}</p>
            <p className="text-2xl font-semibold tabular-nums text-gray-900">
              {formatNumber(s.value)}
              <span className="ml-1 text-sm font-normal text-muted">{s.unit}</span>
            </p>
          </div>
        ))}
      </div>
      {org.countsAsOf && <p className="mt-2 text-xs text-muted">本页的基层工会数、会员数取自数据看板，数据截至 {formatDateTime(org.countsAsOf)}</p>}

      <InfoCard
        title="基本信息"
        className="mt-4"
        columns={3}
        items={[
          { label: "组织名称", value: org.name },
          { label: "层级", value: levelLabel(org.level) },
          { label: "类型", value: kindLabel(org.kind) },
          { label: "行政区划代码", value: text(org.code) },
          { label: "统一社会信用代码", value: text(org.creditCode) },
          { label: "职工人数", value: org.employeeCount == null ? "—" : `${formatNumber(org.employeeCount)} 人` },
          { label: "覆盖企业数", value: org.coveredEnterprises == null ? "—" : `${formatNumber(org.coveredEnterprises)} 家` },
          { label: "成立日期", value: formatDate(org.foundedOn) },
          { label: "状态", value: ORG_STATUS_LABELS[org.status] },
          { label: "联系人 / 电话", value: text(contacts) },
          { label: "地址", value: text(org.address), wide: true },
        ]}
      />

      <Card
        title="下级组织"
        description={children.length > 0 ? `共 ${formatNumber(children.length)} 个${q ? `，符合筛选的 ${formatNumber(filtered.length)} 个` : ""}` : undefined}
        className="mt-4"
        bodyClassName="p-0"
        actions={
          children.length > 0 ? (
            <GetForm action={`/orgs/${org.id}`} className="flex items-end gap-2" role="search">
              <label htmlFor="child-filter" className="sr-only">
                按名称筛选下级组织
              </label>
              <input id="child-filter" name="q" defaultValue={q} placeholder="按名称筛选" className={`${inputClass} h-8 w-48 py-1 text-sm`} />
              <button type="submit" className={buttonClass("secondary", "sm")}>
                筛选
              </button>
              {q && (
                <Link href={`/orgs/${org.id}`} className={buttonClass("ghost", "sm")}>
                  清除
                </Link>
              )}
            </GetForm>
          ) : undefined
        }
      >
        <DataTable
          caption={`${org.name}的下级组织`}
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          empty={<EmptyState title={q ? "没有符合条件的下级组织" : "暂无下级组织"} description={q ? "请换一个名称再试。" : canAddChild ? "可以点击“新增下级组织”建立。" : undefined} />}
        />
        {filtered.length > PAGE_SIZE && (
          <div className="border-t border-line px-5 py-3">
            <Pagination pathname={`/orgs/${org.id}`} params={{ q }} page={page} pageSize={PAGE_SIZE} total={filtered.length} unit="个" label="下级组织分页" />
          </div>
        )}
      </Card>
    </>
  );
}
