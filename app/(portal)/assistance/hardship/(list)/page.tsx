// /assistance/hardship — 困难职工档案 (one person one file): filters in the URL
// (parsed with the API's HardshipListQuerySchema), the 复核到期 filter, export.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { HardshipListQuerySchema, type HardshipFileDto, type HardshipListQuery } from "@/lib/hardship/schema";
import { listHardshipFiles } from "@/lib/hardship/queries";
import { HARDSHIP_CATEGORIES, HARDSHIP_CATEGORY_LABELS, HARDSHIP_CAUSE_LABELS, HARDSHIP_STATUSES, HARDSHIP_STATUS_LABELS } from "@/lib/hardship/labels";
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
import { FileStatusBadge, Money } from "@/components/assistance/badges";
import { formatDate, formatNumber } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../../scope";

export const metadata: Metadata = { title: "困难职工档案" };

const PATH = "/assistance/hardship";
const FORM_KEYS = ["q", "status", "category", "reviewDue", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HardshipPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => (FORM_KEYS as readonly string[]).includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page;

  let query: HardshipListQuery | null = null;
  let problem: string | null = null;
  const parsed = HardshipListQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (parsed.success) query = parsed.data;
  else problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;

  let result: { data: HardshipFileDto[]; total: number; page: number; pageSize: number } = { data: [], total: 0, page: 1, pageSize: 20 };
  if (query) {
    try {
      result = await listHardshipFiles(actor, query);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.code === "NOT_FOUND" ? "所选工会不存在或不在您的管理范围内。" : e.message;
    }
  }
  const state: Record<string, string> = Object.fromEntries(FORM_KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));
  const exportHref = buildHref("/api/v1/hardship-files/export", { ...state, orgId: state.orgId ?? String(scope.id) }, { sort: undefined });
  const hasFilters = FORM_KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);

  const columns: Column<HardshipFileDto>[] = [
    {
      key: "member",
      header: "姓名",
      rowHeader: true,
      cell: (f) => (
        <Link href={`/assistance/hardship/${f.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {f.memberName}
        </Link>
      ),
    },
    { key: "id", header: "身份证号", cell: (f) => <span className="font-mono text-[13px] tracking-wide">{f.memberIdMasked}</span> },
    { key: "category", header: "类别", cell: (f) => HARDSHIP_CATEGORY_LABELS[f.category] },
    { key: "cause", header: "致困原因", cell: (f) => HARDSHIP_CAUSE_LABELS[f.cause] },
    { key: "household", header: "家庭人口 / 年收入", cell: (f) => (<span className="whitespace-nowrap">{f.householdSize} 人 / <Money value={f.householdIncome} /></span>) },
    { key: "org", header: "所在工会", cell: (f) => <span className="block max-w-[14rem] truncate" title={f.orgName}>{f.orgName}</span> },
    { key: "status", header: "状态", cell: (f) => <FileStatusBadge status={f.status} reviewDue={f.reviewDue} /> },
    { key: "verified", header: "末次核实", sort: { asc: "lastVerifiedOn", desc: "-lastVerifiedOn" }, cell: (f) => <span className="tabular-nums whitespace-nowrap">{formatDate(f.lastVerifiedOn)}</span> },
  ];

  return (
    <>
      <PageHeader
        title="困难职工档案"
        description={`${scope.name} · 一人一档，每12个月复核一次`}
        actions={
          <>
            <a href={exportHref} className={buttonClass("secondary")}>
              导出 Excel
            </a>
            {canWrite(actor) && (
              <ButtonLink href="/assistance/hardship/new" variant="primary">
                建立档案
              </ButtonLink>
            )}
          </>
        }
      />
      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="困难职工档案查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <div>
            <label htmlFor="q" className="mb-1 block text-sm font-medium text-gray-800">
              姓名
            </label>
            <input id="q" name="q" type="search" defaultValue={input.q ?? ""} maxLength={20} className={inputClass} />
          </div>
          <div>
            <label htmlFor="status" className="mb-1 block text-sm font-medium text-gray-800">
              状态
            </label>
            <select id="status" name="status" defaultValue={input.status ?? ""} className={selectClass}>
              <option value="">全部状态</option>
              {HARDSHIP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {HARDSHIP_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="category" className="mb-1 block text-sm font-medium text-gray-800">
              类别
            </label>
            <select id="category" name="category" defaultValue={input.category ?? ""} className={selectClass}>
              <option value="">全部类别</option>
              {HARDSHIP_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {HARDSHIP_CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-end gap-2 pb-2 text-[15px] text-gray-800">
            <input type="checkbox" name="reviewDue" value="1" defaultChecked={input.reviewDue === "1"} className="h-4 w-4 accent-brand" />
            只看复核到期
          </label>
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
        <DataTable
          caption="困难职工档案"
          columns={columns}
          rows={result.data}
          rowKey={(f) => f.id}
          sort={{ current: query?.sort ?? "-createdAt", hrefFor: (s) => buildHref(PATH, state, { sort: s === "-createdAt" ? undefined : s, page: undefined }) }}
          empty={<EmptyState title={problem ? "无法查询" : hasFilters ? "没有找到符合条件的档案" : "暂无困难职工档案"} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname={PATH} params={state} page={result.page} pageSize={result.pageSize} total={result.total} unit="份" label="困难职工档案分页" />
        </div>
      </Card>
      <p className="sr-only" aria-live="polite">
        共 {formatNumber(result.total)} 份
      </p>
    </>
  );
}
