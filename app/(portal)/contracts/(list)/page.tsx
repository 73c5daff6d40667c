// /contracts — collective contracts of the current scope: filters (kind, status,
// ending within 60 days, lapsed) in the URL, totals, export, and the reminder badge.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { todayCST } from "@/lib/dates";
import { fieldErrors } from "@/lib/validation/zod";
import { ContractListQuerySchema, type ContractDto, type ContractListQuery } from "@/lib/contracts/schema";
import { countReminders, listContracts } from "@/lib/contracts/queries";
import { CONTRACT_KINDS, CONTRACT_KIND_LABELS, CONTRACT_STATUSES, CONTRACT_STATUS_LABELS, EXPIRY_WINDOW_DAYS } from "@/lib/contracts/labels";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { requireStaff } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { inputClass, selectClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { ContractKindBadge, ContractStatusBadge, ExpiryTag } from "@/components/contracts/contract-badges";
import { formatDate, formatNumber } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "集体合同" };

const PATH = "/contracts";
const FORM_KEYS = ["q", "kind", "status", "expiring", "lapsed", "inForce", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type ListResult = Awaited<ReturnType<typeof listContracts>>;

export default async function ContractsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => (FORM_KEYS as readonly string[]).includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;

  let query: ContractListQuery | null = null;
  let problem: string | null = null;
  const parsed = ContractListQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (parsed.success) query = parsed.data;
  else problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;

  let result: ListResult = { data: [], total: 0, page: 1, pageSize: 20, totals: { coverageRows: 0, coverageWorkers: 0 } };
  let org = scope;
  let reminders = { expiring: 0, lapsed: 0 };
  if (query) {
    try {
      org = query.orgId && query.orgId !== scope.id ? await resolveScopeRoot(actor, query.orgId) : scope;
      [result, reminders] = await Promise.all([listContracts(actor, query), countReminders(actor, org.id)]);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.code === "NOT_FOUND" ? "所选组织不存在或不在您的管理范围内。" : e.message;
    }
  }

  const today = todayCST();
  const state: Record<string, string> = Object.fromEntries(FORM_KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));
  const explicitOrg = input.orgId && query?.orgId !== scope.id;
  const hasFilters = FORM_KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const exportHref = buildHref("/api/v1/contracts/export", { ...state, orgId: query?.orgId ?? scope.id, sort: undefined });
  const scoped = (extra: Record<string, string>) => buildHref(PATH, explicitOrg ? { orgId: input.orgId, ...extra } : extra);

  const columns: Column<ContractDto>[] = [
    {
      key: "title",
      header: "合同名称",
      rowHeader: true,
      className: "min-w-[16rem]",
      cell: (c) => (
        <Link href={`/contracts/${c.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {c.title}
        </Link>
      ),
    },
    { key: "kind", header: "类型", cell: (c) => <ContractKindBadge kind={c.kind} /> },
    { key: "org", header: "工会方", cell: (c) => <span className="block max-w-[14rem] truncate" title={c.orgName}>{c.orgName}</span> },
    {
      key: "status",
      header: "状态",
      cell: (c) => (
        <span className="flex flex-wrap gap-1">
          <ContractStatusBadge status={c.status} lapsed={c.lapsed} />
          {c.expiringSoon && <ExpiryTag effectiveTo={c.effectiveTo} today={today} />}
        </span>
      ),
    },
    { key: "offeredOn", header: "要约日期", sort: { asc: "offeredOn", desc: "-offeredOn" }, cell: (c) => <span className="whitespace-nowrap tabular-nums">{formatDate(c.offeredOn)}</span> },
    {
      key: "effectiveTo",
      header: "期限",
      sort: { asc: "effectiveTo", desc: "-effectiveTo" },
      cell: (c) => <span className="whitespace-nowrap tabular-nums">{c.effectiveFrom ? `${formatDate(c.effectiveFrom)} 至 ${formatDate(c.effectiveTo)}` : "—"}</span>,
    },
    {
      key: "coverage",
      header: "覆盖企业 / 职工",
      className: "text-right tabular-nums whitespace-nowrap",
      cell: (c) => `${formatNumber(c.enterpriseCount)} 家 / ${formatNumber(c.workerCount)} 人`,
    },
  ];

  return (
    <>
      <PageHeader
        title="集体合同"
        description={
          <>
            集体合同与工资集体协商 · 范围：{org.name}
            {explicitOrg && (
              <>
                {"（"}
                <Link href={buildHref(PATH, state, { orgId: undefined, page: undefined })} className="text-sky-800 hover:underline">
                  回到当前范围
                </Link>
                {"）"}
              </>
            )}
          </>
        }
        actions={
          <>
            <Link href="/contracts/reminders" className={buttonClass("secondary")}>
              到期提醒
              <span
                className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${reminders.expiring ? "bg-amber-100 text-amber-900" : "bg-gray-100 text-gray-600"}`}
                aria-label={`${reminders.expiring}份合同${EXPIRY_WINDOW_DAYS}天内到期`}
              >
                {reminders.expiring}
              </span>
            </Link>
            <ButtonLink href="/contracts/coverage">覆盖率</ButtonLink>
            <a href={exportHref} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/contracts/new" variant="primary">
                新建合同
              </ButtonLink>
            )}
          </>
        }
      />

      {reminders.lapsed > 0 && (
        <Alert tone="warning" className="mb-4">
          有 {reminders.lapsed} 份合同已过期限但仍为“生效”状态，已不再计入覆盖率。
          <Link href={scoped({ lapsed: "true" })} className="ml-1 font-medium underline">
            查看
          </Link>
          {" · "}
          <Link href="/contracts/reminders" className="font-medium underline">
            去标记为已到期
          </Link>
        </Alert>
      )}

      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="合同查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {explicitOrg && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <div className="sm:col-span-2">
            <label htmlFor="q" className="mb-1 block text-sm font-medium text-gray-800">
              搜索合同
            </label>
            <input id="q" name="q" type="search" defaultValue={input.q ?? ""} maxLength={50} placeholder="合同名称 / 企业方" className={inputClass} />
          </div>
          <div>
            <label htmlFor="kind" className="mb-1 block text-sm font-medium text-gray-800">
              类型
            </label>
            <select id="kind" name="kind" defaultValue={input.kind ?? ""} className={selectClass}>
              <option value="">全部类型</option>
              {CONTRACT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CONTRACT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="status" className="mb-1 block text-sm font-medium text-gray-800">
              状态
            </label>
            <select id="status" name="status" defaultValue={input.status ?? ""} className={selectClass}>
              <option value="">全部状态</option>
              {CONTRACT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {CONTRACT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2 sm:col-span-2 lg:pt-6">
            <label className="flex items-center gap-2 text-[15px] text-gray-800">
              <input type="checkbox" name="expiring" value="true" defaultChecked={input.expiring === "true"} className="h-4 w-4 accent-brand" />
              {EXPIRY_WINDOW_DAYS}天内到期
            </label>
            <label className="flex items-center gap-2 text-[15px] text-gray-800">
              <input type="checkbox" name="inForce" value="true" defaultChecked={input.inForce === "true"} className="h-4 w-4 accent-brand" />
              今天在有效期内
            </label>
            <label className="flex items-center gap-2 text-[15px] text-gray-800">
              <input type="checkbox" name="lapsed" value="true" defaultChecked={input.lapsed === "true"} className="h-4 w-4 accent-brand" />
              已过期限待标记
            </label>
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
          caption="集体合同列表"
          columns={columns}
          rows={result.data}
          rowKey={(c) => c.id}
          sort={{ current: query?.sort ?? "-offeredOn", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-offeredOn" ? undefined : s, page: undefined }) }}
          empty={
            <EmptyState
              title={problem ? "无法查询" : hasFilters ? "没有找到符合条件的合同" : "暂无集体合同"}
              description={problem ? "请修改查询条件后重试。" : hasFilters ? "请调整搜索词或筛选条件。" : "本范围内还没有登记集体合同。"}
            />
          }
        />
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-5 py-3">
          <p className="text-sm text-muted">
            按合同累计覆盖企业 {formatNumber(result.totals.coverageRows)} 家次、职工 {formatNumber(result.totals.coverageWorkers)} 人次
          </p>
          <div className="min-w-0 flex-1">
            <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="份" label="集体合同分页" />
          </div>
        </div>
      </Card>
    </>
  );
}
