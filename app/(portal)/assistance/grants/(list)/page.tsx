// /assistance/grants — 帮扶救助申请: filters in the URL (parsed with the API's
// GrantListQuerySchema), totals, export, within the current scope.
import type { Metadata } from "next";
import { todayCST } from "@/lib/dates";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { GrantListQuerySchema, type GrantDto, type GrantListQuery } from "@/lib/assistance/schema";
import { listGrants } from "@/lib/assistance/grants";
import { GRANT_KINDS, GRANT_KIND_LABELS, GRANT_STATUSES, GRANT_STATUS_LABELS } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
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
import { GrantStatusBadge, Money } from "@/components/assistance/badges";
import { formatDate, formatNumber } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "救助申请" };

const PATH = "/assistance/grants";
const FORM_KEYS = ["q", "status", "kind", "year", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GrantsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => (FORM_KEYS as readonly string[]).includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;

  let query: GrantListQuery | null = null;
  let problem: string | null = null;
  const parsed = GrantListQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (parsed.success) query = parsed.data;
  else problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;

  let result: { data: GrantDto[]; total: number; page: number; pageSize: number; totalAmount: string } = { data: [], total: 0, page: 1, pageSize: 20, totalAmount: "0.00" };
  if (query) {
    try {
      result = await listGrants(actor, query);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.code === "NOT_FOUND" ? "所选工会不存在或不在您的管理范围内。" : e.message;
    }
  }
  const state: Record<string, string> = Object.fromEntries(FORM_KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));
  const exportHref = buildHref("/api/v1/grants/export", { ...state, orgId: state.orgId ?? String(scope.id) }, { sort: undefined });
  const hasFilters = FORM_KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);
  const year = Number(todayCST().slice(0, 4));

  const columns: Column<GrantDto>[] = [
    {
      key: "member",
      header: "救助对象",
      rowHeader: true,
      cell: (g) => (
        <Link href={`/assistance/grants/${g.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {g.memberName}
        </Link>
      ),
    },
    { key: "kind", header: "类别", className: "whitespace-nowrap", cell: (g) => GRANT_KIND_LABELS[g.kind] },
    { key: "amount", header: "金额", className: "text-right", sort: { asc: "amount", desc: "-amount" }, cell: (g) => <Money value={g.amount} /> },
    { key: "org", header: "所在工会", cell: (g) => <span className="block max-w-[16rem] truncate" title={g.orgName}>{g.orgName}</span> },
    { key: "year", header: "年度", cell: (g) => <span className="tabular-nums">{g.year}</span> },
    { key: "status", header: "状态", cell: (g) => <GrantStatusBadge status={g.status} /> },
    { key: "updated", header: "最近办理", cell: (g) => <span className="tabular-nums whitespace-nowrap">{formatDate(g.updatedAt)}</span> },
  ];

  return (
    <>
      <PageHeader
        title="救助申请"
        description={`${scope.name} · 送温暖、金秋助学、医疗救助、生活救助等`}
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")}>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/assistance/grants/new" variant="primary">
                新建申请
              </ButtonLink>
            )}
          </>
        }
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="救助申请查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <div>
            <label htmlFor="q" className="mb-1 block text-sm font-medium text-gray-800">
              救助对象
            </label>
            <input id="q" name="q" type="search" defaultValue={input.q ?? ""} maxLength={20} placeholder="姓名" className={inputClass} />
          </div>
          <div>
            <label htmlFor="kind" className="mb-1 block text-sm font-medium text-gray-800">
              类别
            </label>
            <select id="kind" name="kind" defaultValue={input.kind ?? ""} className={selectClass}>
              <option value="">全部类别</option>
              {GRANT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {GRANT_KIND_LABELS[k]}
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
              {GRANT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {GRANT_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="year" className="mb-1 block text-sm font-medium text-gray-800">
              年度
            </label>
            <select id="year" name="year" defaultValue={input.year ?? ""} className={selectClass}>
              <option value="">全部年度</option>
              {[year, year - 1, year - 2].map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClass("primary")}>
              查询
            </button>
            <Link href={PATH} className={buttonClass("secondary")}>
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
        <p className="border-b border-line px-5 py-2.5 text-sm text-muted" aria-live="polite">
          共 <span className="font-semibold text-gray-900">{formatNumber(result.total)}</span> 件，金额合计 <span className="font-semibold text-gray-900">{formatYuan(result.totalAmount)}</span>
        </p>
        <DataTable
          caption="救助申请"
          columns={columns}
          rows={result.data}
          rowKey={(g) => g.id}
          sort={{ current: query?.sort ?? "-createdAt", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-createdAt" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={problem ? "无法查询" : hasFilters ? "没有找到符合条件的申请" : "暂无救助申请"} description={hasFilters ? "请调整筛选条件。" : undefined} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="件" label="救助申请分页" />
        </div>
      </Card>
    </>
  );
}
