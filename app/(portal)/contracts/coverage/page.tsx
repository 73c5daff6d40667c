// /contracts/coverage — how many unionised enterprises and workers of the current
// scope are covered by a collective contract in force on a date, by kind and by
// child area; wage negotiation coverage against the 90% target.
import type { Metadata } from "next";
import { todayCST } from "@/lib/dates";
import { fieldErrors } from "@/lib/validation/zod";
import { getCoverage } from "@/lib/contracts/coverage";
import { CoverageQuerySchema, type Coverage } from "@/lib/contracts/schema";
import { CONTRACT_KINDS, CONTRACT_KIND_LABELS, WAGE_COVERAGE_TARGET, WAGE_TERM_KINDS, type ContractKind } from "@/lib/contracts/labels";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { GetForm } from "@/components/ui/get-form";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { StatTiles } from "@/components/ui/stat-tiles";
import { formatShare, shareOf } from "@/components/contracts/format";
import { formatNumber } from "@/components/format";
import { buildHref, flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";
import { problemOf } from "@/components/problem";

export const metadata: Metadata = { title: "集体合同覆盖率" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Child = Coverage["children"][number];
type KindRow = { key: string; label: string; enterprises: number; workers: number; contracts?: Coverage["contracts"][number] };

const PATH = "/contracts/coverage";

function WageShare({ part, whole }: { part: number; whole: number }) {
  const s = shareOf(part, whole);
  if (s === null) return <span>—</span>;
  return <Badge tone={s >= WAGE_COVERAGE_TARGET ? "green" : "amber"}>{formatShare(part, whole)}</Badge>;
}

export default async function CoveragePage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const sp = flattenSearchParams(await searchParams);
  const input = Object.fromEntries(Object.entries(sp).filter(([k]) => k === "orgId" || k === "date"));
  let problem: string | null = null;
  let cov: Coverage | null = null;
  const parsed = CoverageQuerySchema.safeParse({ ...input, orgId: input.orgId ?? String(scope.id) });
  if (!parsed.success) problem = `查询条件有误：${Object.values(fieldErrors(parsed.error)).join("；")}`;
  else {
    try {
      cov = await getCoverage(actor, parsed.data);
    } catch (e) {
      problem = problemOf(e);
    }
  }
  const date = cov?.date ?? todayCST();
  const target = `${Math.round(WAGE_COVERAGE_TARGET * 100)}%`;

  const kindRows: KindRow[] = cov
    ? [
        { key: "any", label: "任一集体合同", ...cov.covered },
        { key: "wage", label: "工资集体协商", ...cov.wage },
        ...CONTRACT_KINDS.map((k: ContractKind) => ({ key: k, label: CONTRACT_KIND_LABELS[k], ...cov!.byKind[k], contracts: cov!.contracts.find((x) => x.kind === k) })),
      ]
    : [];
  const kindColumns: Column<KindRow>[] = [
    { key: "label", header: "合同类型", rowHeader: true, cell: (r) => (r.key === "any" || r.key === "wage" ? <strong>{r.label}</strong> : r.label) },
    { key: "ents", header: "覆盖已建会企业", className: "c-amt", cell: (r) => formatNumber(r.enterprises) },
    { key: "entShare", header: "占已建会企业", className: "c-amt", cell: (r) => (r.key === "wage" ? <WageShare part={r.enterprises} whole={cov!.unionised} /> : formatShare(r.enterprises, cov!.unionised)) },
    { key: "workers", header: "覆盖职工", className: "c-amt", cell: (r) => formatNumber(r.workers) },
    { key: "workerShare", header: "占职工", className: "c-amt", cell: (r) => formatShare(r.workers, cov!.unionisedWorkers) },
    {
      key: "contracts",
      header: "本范围签订的有效合同（按合同累计企业 / 职工）",
      className: "c-amt",
      cell: (r) => (r.contracts ? `${formatNumber(r.contracts.contracts)} 份（${formatNumber(r.contracts.coverageRows)} 家 / ${formatNumber(r.contracts.coverageWorkers)} 人）` : ""),
    },
  ];

  const childColumns: Column<Child>[] = [
    {
      key: "name",
      header: "区域",
      rowHeader: true,
      className: "min-w-[10rem]",
      cell: (c) =>
        c.orgId ? (
          <RecordLink href={buildHref(PATH, { orgId: c.orgId, date: input.date })}>{c.orgName}</RecordLink>
        ) : (
          <span title="企业所在地直接登记为本级的">{c.orgName}</span>
        ),
    },
    { key: "ents", header: "企业数", className: "c-amt", cell: (c) => formatNumber(c.enterprises) },
    { key: "union", header: "已建会", className: "c-amt", cell: (c) => formatNumber(c.unionised) },
    { key: "rate", header: "建会率", className: "c-amt", cell: (c) => formatShare(c.unionised, c.enterprises) },
    { key: "covered", header: "合同覆盖企业", className: "c-amt", cell: (c) => formatNumber(c.covered.enterprises) },
    { key: "coveredShare", header: "合同覆盖率", className: "c-amt", cell: (c) => formatShare(c.covered.enterprises, c.unionised) },
    { key: "wage", header: "工资协商覆盖率", className: "c-amt", cell: (c) => <WageShare part={c.wage.enterprises} whole={c.unionised} /> },
    { key: "workers", header: "职工覆盖率", className: "c-amt", cell: (c) => formatShare(c.covered.workers, c.unionisedWorkers) },
  ];

  const wageShare = cov ? shareOf(cov.wage.enterprises, cov.unionised) : null;

  return (
    <>
      <PageHeader
        title="集体合同覆盖率"
        description={`范围：${cov?.orgName ?? scope.name} · 统计日期 ${date}`}
        breadcrumbs={[{ label: "集体合同", href: "/contracts" }, { label: "覆盖率" }]}
        actions={
          <GetForm action={PATH} aria-label="统计日期" className="flex items-end gap-2">
            {input.orgId && <input type="hidden" name="orgId" value={input.orgId} />}
            <div>
              <label htmlFor="date" className="field-label">
                统计日期
              </label>
              <input id="date" name="date" type="date" defaultValue={date} className={`${inputClass} py-1.5`} />
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              查看
            </button>
          </GetForm>
        }
      />
      {problem && (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      )}
      {cov && (
        <>
          <StatTiles
            label="覆盖情况"
            items={[
              { label: "已建会企业", value: formatNumber(cov.unionised), unit: "家", hint: `建会率 ${formatShare(cov.unionised, cov.enterprises)}，职工 ${formatNumber(cov.unionisedWorkers)} 人` },
              { label: "集体合同覆盖率", value: formatShare(cov.covered.enterprises, cov.unionised), hint: `${formatNumber(cov.covered.enterprises)} 家已建会企业在有效合同覆盖下` },
              {
                label: "工资集体协商覆盖率",
                value: formatShare(cov.wage.enterprises, cov.unionised),
                tone: wageShare === null ? undefined : wageShare >= WAGE_COVERAGE_TARGET ? "good" : "bad",
                hint: `目标 ≥ ${target}；${formatNumber(cov.wage.enterprises)} 家`,
              },
              { label: "覆盖职工", value: formatShare(cov.covered.workers, cov.unionisedWorkers), hint: `${formatNumber(cov.covered.workers)} 人` },
            ]}
          />
          <Card title="按合同类型" bodyClassName="p-0">
            <DataTable caption="按合同类型的覆盖情况" columns={kindColumns} rows={kindRows} rowKey={(r) => r.key} />
          </Card>
          <Card title="各下级区域" className="mt-4" bodyClassName="p-0">
            <DataTable
              caption="各下级区域的覆盖情况"
              columns={childColumns}
              rows={cov.children}
              rowKey={(c) => c.orgId ?? "own"}
              empty={<EmptyState title="没有下级区域" description="本级以下没有镇（街道）或村（社区）。" />}
            />
          </Card>
          <Card title="统计口径" className="mt-4">
            <ul className="list-disc space-y-1 pl-5 text-sm text-gray-700">
              <li>以企业所在地统计：分母为所在地在本范围内、已建会（有所属工会）的企业及其职工（企业名录中的职工人数）。</li>
              <li>
                “有效合同”指已生效、且统计日期在合同期限内的合同；期限届满的合同自次日起不再计入，无论是否已标记为已到期。已启动续订的合同在原期限内继续计入。
              </li>
              <li>一家企业同时被本企业合同和区域性、行业性合同覆盖时只计一次；各合同类型分别去重。</li>
              <li>
                工资集体协商覆盖：被{WAGE_TERM_KINDS.map((k) => CONTRACT_KIND_LABELS[k]).join("、")}覆盖的企业（区域性、行业性合同按工资集体协议签订；综合合同和女职工专项合同不单独计入）。
              </li>
              <li>“按合同累计”是各合同覆盖企业数、职工数（签订时）之和，与上级通报的口径一致，同一企业被多份合同覆盖时重复计入。</li>
            </ul>
          </Card>
        </>
      )}
    </>
  );
}
