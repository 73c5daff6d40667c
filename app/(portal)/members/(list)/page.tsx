// /members — the member registry: search and filters in the URL (parsed with the
// API's MemberListQuerySchema), sortable, paginated, scoped to the current scope.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/zod";
import { MemberListQuerySchema, type MemberDto, type MemberListQuery } from "@/lib/members/schema";
import { effectiveSort, listMembers, type MemberPage } from "@/lib/members/list";
import { resolveScopeRoot } from "@/lib/orgs/queries";
import { MEMBER_GROUPS, MEMBER_STATUSES, SEX_LABELS } from "@/lib/members/labels";
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
import { GroupTags, MemberStatusBadge } from "@/components/members/member-badges";
import { formatDate, formatNumber, groupLabel, memberStatusLabel, sexLabel } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "会员管理" };

const PATH = "/members";
const FORM_KEYS = ["q", "status", "group", "sex", "joinedFrom", "joinedTo", "orgId", "sort"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MembersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  // Only the keys the schema knows: it is strict, and stray params (utm, …) must not break the page.
  const input = Object.fromEntries(Object.entries(raw).filter(([k]) => (FORM_KEYS as readonly string[]).includes(k) || k === "page"));
  if (input.page && !/^[1-9]\d{0,5}$/.test(input.page)) delete input.page; // a mangled page number just means page 1

  let query: MemberListQuery | null = null;
  let problem: string | null = null;
  const parsed = MemberListQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (parsed.success) query = parsed.data;
  else problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;

  let result: MemberPage = { data: [], total: 0, totalCapped: false, page: 1, pageSize: 20, sort: effectiveSort({ q: input.q, sort: query?.sort }) };
  let orgName = scope.name;
  if (query) {
    try {
      const [list, org] = await Promise.all([
        listMembers(actor, query),
        query.orgId && query.orgId !== scope.id ? resolveScopeRoot(actor, query.orgId) : Promise.resolve(scope),
      ]);
      result = list;
      orgName = org.name;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problem = e.code === "NOT_FOUND" ? "所选工会不存在或不在您的管理范围内。" : e.message;
    }
  }

  // Current URL state, used by sort links and pagination (page resets on a new sort).
  const state: Record<string, string> = Object.fromEntries(FORM_KEYS.filter((k) => input[k]).map((k) => [k, input[k]]));
  const currentSort = result.sort;
  const defaultSort = effectiveSort({ q: input.q });
  const explicitOrg = input.orgId && query?.orgId !== scope.id;

  const columns: Column<MemberDto>[] = [
    {
      key: "name",
      header: "姓名",
      rowHeader: true,
      sort: { asc: "name", desc: "-name" },
      cell: (m) => (
        <Link href={`/members/${m.id}`} className="text-sky-800 hover:text-brand hover:underline">
          {m.name}
        </Link>
      ),
    },
    { key: "sex", header: "性别", cell: (m) => sexLabel(m.sex) },
    { key: "id", header: "身份证号", cell: (m) => <span className="font-mono text-[13px] tracking-wide">{m.idMasked}</span> },
    { key: "phone", header: "手机号", cell: (m) => <span className="tabular-nums">{m.phone}</span> },
    { key: "org", header: "所在工会", cell: (m) => <span className="block max-w-[16rem] truncate" title={m.orgName}>{m.orgName}</span> },
    { key: "joinedOn", header: "入会日期", sort: { asc: "joinedOn", desc: "-joinedOn" }, cell: (m) => <span className="tabular-nums whitespace-nowrap">{formatDate(m.joinedOn)}</span> },
    { key: "status", header: "状态", cell: (m) => <MemberStatusBadge status={m.status} /> },
    { key: "groups", header: "群体", className: "min-w-[10rem]", cell: (m) => <GroupTags groups={m.groups} /> },
  ];

  const hasFilters = FORM_KEYS.some((k) => k !== "sort" && k !== "orgId" && input[k]);

  return (
    <>
      <PageHeader
        title="会员管理"
        description={
          <>
            实名制会员名册 · 范围：
            {query?.orgId ? (
              <Link href={`/orgs/${query.orgId}`} className="text-sky-800 hover:underline">
                {orgName}
              </Link>
            ) : (
              orgName
            )}
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
          canWrite(actor) ? (
            <>
              <ButtonLink href="/members/transfers">会籍接转</ButtonLink>
              <ButtonLink href="/members/import">批量导入</ButtonLink>
              <ButtonLink href="/members/new" variant="primary">
                登记会员
              </ButtonLink>
            </>
          ) : undefined
        }
      />

      <Card className="mb-4" aria-label="查询条件">
        <GetForm action={PATH} role="search" aria-label="会员查询" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {explicitOrg && <input type="hidden" name="orgId" value={input.orgId} />}
          {input.sort && <input type="hidden" name="sort" value={input.sort} />}
          <div className="sm:col-span-2">
            <label htmlFor="q" className="mb-1 block text-sm font-medium text-gray-800">
              搜索会员
            </label>
            <input id="q" name="q" type="search" defaultValue={input.q ?? ""} maxLength={30} placeholder="姓名 / 手机号 / 身份证号" className={inputClass} />
          </div>
          <div>
            <label htmlFor="status" className="mb-1 block text-sm font-medium text-gray-800">
              状态
            </label>
            <select id="status" name="status" defaultValue={input.status ?? ""} className={selectClass}>
              <option value="">全部状态</option>
              {MEMBER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {memberStatusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="group" className="mb-1 block text-sm font-medium text-gray-800">
              群体
            </label>
            <select id="group" name="group" defaultValue={input.group ?? ""} className={selectClass}>
              <option value="">全部群体</option>
              {MEMBER_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {groupLabel(g)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sex" className="mb-1 block text-sm font-medium text-gray-800">
              性别
            </label>
            <select id="sex" name="sex" defaultValue={input.sex ?? ""} className={selectClass}>
              <option value="">全部</option>
              {(Object.keys(SEX_LABELS) as (keyof typeof SEX_LABELS)[]).map((s) => (
                <option key={s} value={s}>
                  {SEX_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="joinedFrom" className="mb-1 block text-sm font-medium text-gray-800">
              入会日期（起）
            </label>
            <input id="joinedFrom" name="joinedFrom" type="date" defaultValue={input.joinedFrom ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="joinedTo" className="mb-1 block text-sm font-medium text-gray-800">
              入会日期（止）
            </label>
            <input id="joinedTo" name="joinedTo" type="date" defaultValue={input.joinedTo ?? ""} className={inputClass} />
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
          caption="会员名册"
          columns={columns}
          rows={result.data}
          rowKey={(m) => m.id}
          sort={{ current: currentSort, hrefFor: (s) => buildHref(PATH, state, { sort: s === defaultSort ? undefined : s, page: undefined }) }}
          empty={
            <EmptyState
              title={problem ? "无法查询" : hasFilters ? "没有找到符合条件的会员" : "暂无会员"}
              description={problem ? "请修改查询条件后重试。" : hasFilters ? "请调整搜索词或筛选条件。身份证号须输入完整的18位号码。" : "本范围内还没有登记会员。"}
            />
          }
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination
            pathname={PATH}
            params={state}
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            totalCapped={result.totalCapped}
            unit="人"
            label="会员名册分页"
          />
        </div>
      </Card>
      <p className="sr-only" aria-live="polite">
        共 {formatNumber(result.total)}
        {result.totalCapped ? "+" : ""} 人
      </p>
    </>
  );
}
