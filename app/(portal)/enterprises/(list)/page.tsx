// /enterprises — the enterprise register (企业名录) of the current scope: search,
// unionised or not, 建会率 by location, export. State lives in the URL.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { EnterpriseListQuerySchema, type EnterpriseDto } from "@/lib/enterprises/schema";
import { listEnterprises } from "@/lib/enterprises/queries";
import { getUnionisationStats } from "@/lib/enterprises/stats";
import { requireStaff } from "@/lib/auth/session";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { StatTiles } from "@/components/ui/stat-tiles";
import { formatShare } from "@/components/contracts/format";
import { formatNumber } from "@/components/format";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "企业名录" };

const LIST = { path: "/enterprises", schema: EnterpriseListQuerySchema, keys: ["q", "unionised", "orgId", "sort"], defaultSort: "name" } as const;

const COLUMNS: Column<EnterpriseDto>[] = [
  {
    key: "name",
    header: "企业名称",
    rowHeader: true,
    sort: { asc: "name", desc: "-name" },
    className: "min-w-[14rem]",
    cell: (e) => <RecordLink href={`/enterprises/${e.id}`}>{e.name}</RecordLink>,
  },
  { key: "code", header: "统一社会信用代码", className: "c-mono", cell: (e) => e.creditCode ?? "—" },
  { key: "workers", header: "职工人数", sort: { asc: "workerCount", desc: "-workerCount" }, className: "c-amt", cell: (e) => formatNumber(e.workerCount) },
  { key: "area", header: "所在地", cell: (e) => clip(e.areaName) },
  {
    key: "union",
    header: "所属工会",
    className: "min-w-[12rem]",
    cell: (e) => (e.unionName ? clip(e.unionName) : <Badge tone="amber">未建会</Badge>),
  },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EnterprisesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  // 建会率 of the organisation actually filtered on, by location, read beside the list.
  const list = await loadList(
    LIST,
    searchParams,
    { actor, scope: await getScopeRoot(actor) },
    (q) => listEnterprises(actor, q),
    { totals: { workers: 0, unionised: 0 } },
    (orgId) => getUnionisationStats(actor, orgId),
  );
  const stats = list.beside;
  const r = list.result;
  return (
    <ListPage
      list={list}
      title="企业名录"
      description="企业按所在地及所属工会归入范围；建会率按所在地统计"
      exportPath="/api/v1/enterprises/export"
      actions={canWrite(actor) && <ButtonLink href="/enterprises/new" variant="primary">登记企业</ButtonLink>}
      stats={
        stats && (
          <StatTiles
            label="建会情况"
            items={[
              { label: "企业数（按所在地）", value: formatNumber(stats.enterprises), unit: "家" },
              { label: "已建会企业", value: formatNumber(stats.unionised), unit: "家" },
              { label: "建会率", value: formatShare(stats.unionised, stats.enterprises), hint: "已建会企业 / 企业数" },
              { label: "已建会企业职工", value: formatNumber(stats.unionisedWorkers), unit: "人", hint: `占职工总数 ${formatShare(stats.unionisedWorkers, stats.workers)}` },
            ]}
          />
        )
      }
      filters={[
        { name: "q", label: "搜索企业", type: "search", placeholder: "企业名称 / 统一社会信用代码", maxLength: 50, wide: true },
        { name: "unionised", label: "建会情况", all: "全部", options: [{ value: "true", label: "已建会" }, { value: "false", label: "未建会" }] },
      ]}
      columns={COLUMNS}
      rowKey={(e) => e.id}
      unit="家"
      summary={r.totals ? `符合条件 ${formatNumber(r.total)} 家，其中已建会 ${formatNumber(r.totals.unionised)} 家，职工 ${formatNumber(r.totals.workers)} 人` : null}
      empty={{ none: "暂无企业", noneHint: "本范围内还没有登记企业。", filtered: "没有找到符合条件的企业" }}
    />
  );
}
