// /enterprises — the enterprise register (企业名录) of the current scope: search,
// unionised or not, 建会率 by location, export. State lives in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { EnterpriseListQuerySchema, type EnterpriseDto, type EnterpriseListQuery } from "@/lib/enterprises/schema";
import { listEnterprises } from "@/lib/enterprises/queries";
import { getUnionisationStats } from "@/lib/enterprises/stats";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { requireStaff } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { inputClass, selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { StatTiles } from "@/components/ui/stat-tiles";
import { formatShare } from "@/components/contracts/format";
import { formatNumber } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "企业名录" };

const PATH = "/enterprises";
const FORM_KEYS = ["q", "unionised", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type ListResult = Awaited<ReturnType<typeof listEnterprises>>;

export default async function EnterprisesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => (FORM_KEYS as readonly string[]).includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;

  let query: EnterpriseListQuery | null = null;
  let problem: string | null = null;
  const parsed = EnterpriseListQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (parsed.success) query = parsed.data;
  else problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;

  let result: ListResult = { data: [], total: 0, page: 1, pageSize: 20, totals: { workers: 0, unionised: 0 } };
  let org = scope;
  let stats: Awaited<ReturnType<typeof getUnionisationStats>> | null = null;
  if (query) {
    try {
      org = query.orgId && query.orgId !== scope.id ? await resolveScopeRoot(actor, query.orgId) : scope;
      [result, stats] = await Promise.all([listEnterprises(actor, query), getUnionisationStats(actor, org.id)]);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.code === "NOT_FOUND" ? "所选组织不存在或不在您的管理范围内。" : e.message;
    }
  }

  const state: Record<string, string> = Object.fromEntries(FORM_KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));
  const explicitOrg = input.orgId && query?.orgId !== scope.id;
  const hasFilters = !!(input.q || input.unionised);
  const exportHref = buildHref("/api/v1/enterprises/export", { ...state, orgId: query?.orgId ?? scope.id, sort: undefined });

  const columns: Column<EnterpriseDto>[] = [
    {
      key: "name",
      header: "企业名称",
      rowHeader: true,
      sort: { asc: "name", desc: "-name" },
      className: "min-w-[14rem]",
      cell: (e) => (
        <Link href={`/enterprises/${e.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {e.name}
        </Link>
      ),
    },
    { key: "code", header: "统一社会信用代码", cell: (e) => <span className="font-mono text-[13px]">{e.creditCode ?? "—"}</span> },
    { key: "workers", header: "职工人数", sort: { asc: "workerCount", desc: "-workerCount" }, className: "text-right tabular-nums", cell: (e) => formatNumber(e.workerCount) },
    { key: "area", header: "所在地", cell: (e) => <span className="block max-w-[14rem] truncate" title={e.areaName}>{e.areaName}</span> },
    {
      key: "union",
      header: "所属工会",
      className: "min-w-[12rem]",
      cell: (e) => (e.unionName ? <span className="block max-w-[18rem] truncate" title={e.unionName}>{e.unionName}</span> : <Badge tone="amber">未建会</Badge>),
    },
  ];

  return (
    <>
      <PageHeader
        title="企业名录"
        description={
          <>
            范围：{org.name}
            {explicitOrg && (
              <>
                {"（"}
                <Link href={buildHref(PATH, state, { orgId: undefined, page: undefined })} className="text-sky-800 hover:underline">
                  回到当前范围
                </Link>
                {"）"}
              </>
            )}
            。企业按所在地及所属工会归入范围；建会率按所在地统计。
          </>
        }
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/enterprises/new" variant="primary">
                登记企业
              </ButtonLink>
            )}
          </>
        }
      />

      {stats && (
        <StatTiles
          label="建会情况"
          items={[
            { label: "企业数（按所在地）", value: formatNumber(stats.enterprises), unit: "家" },
            { label: "已建会企业", value: formatNumber(stats.unionised), unit: "家" },
            { label: "建会率", value: formatShare(stats.unionised, stats.enterprises), hint: "已建会企业 / 企业数" },
            { label: "已建会企业职工", value: formatNumber(stats.unionisedWorkers), unit: "人", hint: `占职工总数 ${formatShare(stats.unionisedWorkers, stats.workers)}` },
          ]}
        />
      )}

      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="企业查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {explicitOrg && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <div className="sm:col-span-2">
            <label htmlFor="q" className="mb-1 block text-sm font-medium text-gray-800">
              搜索企业
            </label>
            <input id="q" name="q" type="search" defaultValue={input.q ?? ""} maxLength={50} placeholder="企业名称 / 统一社会信用代码" className={inputClass} />
          </div>
          <div>
            <label htmlFor="unionised" className="mb-1 block text-sm font-medium text-gray-800">
              建会情况
            </label>
            <select id="unionised" name="unionised" defaultValue={input.unionised ?? ""} className={selectClass}>
              <option value="">全部</option>
              <option value="true">已建会</option>
              <option value="false">未建会</option>
            </select>
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary")}>
              查询
            </button>
            <Link href={explicitOrg ? buildHref(PATH, { orgId: input.orgId }) : PATH} className={buttonClass("secondary")}>
              重置
            </Link>
          </div>
        </GetForm>
      </Card>

      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}

      <Card bodyClassName="p-0">
        <DataTable
          caption="企业名录"
          columns={columns}
          rows={result.data}
          rowKey={(e) => e.id}
          sort={{ current: query?.sort ?? "name", hrefFor: (s) => buildHref(PATH, state, { sort: s === "name" ? undefined : s, page: undefined }) }}
          empty={
            <EmptyState
              title={problem ? "无法查询" : hasFilters ? "没有找到符合条件的企业" : "暂无企业"}
              description={problem ? "请修改查询条件后重试。" : hasFilters ? "请调整搜索词或筛选条件。" : "本范围内还没有登记企业。"}
            />
          }
        />
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-5 py-3">
          <p className="text-sm text-muted">
            符合条件 {formatNumber(result.total)} 家，其中已建会 {formatNumber(result.totals.unionised)} 家，职工 {formatNumber(result.totals.workers)} 人
          </p>
          <div className="min-w-0 flex-1">
            <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="家" label="企业名录分页" />
          </div>
        </div>
      </Card>
    </>
  );
}
