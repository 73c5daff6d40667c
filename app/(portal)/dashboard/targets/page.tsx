// /dashboard/targets — annual targets of an organisation (the current scope or
// ?orgId=) for a year (?year=): administrators set them and split them across
// the direct children; leaders and staff read them.
import type { Metadata } from "next";
import Link from "next/link";
import { todayCST } from "@/lib/dates";
import { TargetListQuerySchema, type TargetDto } from "@/lib/dashboard/schema";
import { listTargets } from "@/lib/dashboard/targets";
import { INDICATORS } from "@/lib/dashboard/indicators";
import { TARGET_SCOPE_LABELS } from "@/lib/dashboard/target-scope";
import { listChildrenWithCounts, resolveScopeRoot } from "@/lib/orgs/queries";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { SwitchCard } from "@/components/ui/switch-form";
import { buildHref, flattenSearchParams } from "@/components/url";
import { TargetSplitForm, TargetValueForm } from "@/components/dashboard/target-forms";
import { formatFigure } from "@/components/dashboard/format";
import { getScopeRoot } from "../../scope";
import { ProblemPage, problemOf } from "@/components/problem";

export const metadata: Metadata = { title: "年度目标" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TargetsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const raw = flattenSearchParams(await searchParams);
  const thisYear = Number(todayCST().slice(0, 4));
  const parsed = TargetListQuerySchema.safeParse({ orgId: raw.orgId ?? String(scope.id), year: raw.year ?? String(thisYear) });
  const isAdmin = actor.role === "ADMIN";

  let problem: string | null = parsed.success ? null : "查询条件有误";
  let targets: TargetDto[] = [];
  let org: { id: number; name: string } | null = null;
  let children: { id: number; name: string }[] = [];
  const year = parsed.success ? (parsed.data.year ?? thisYear) : thisYear;
  if (parsed.success) {
    try {
      const o = await resolveScopeRoot(actor, parsed.data.orgId);
      org = { id: o.id, name: o.name };
      const [list, kids] = await Promise.all([listTargets(actor, { orgId: o.id, year }), listChildrenWithCounts(actor, o.id)]);
      targets = list.data;
      children = kids.filter((k) => k.status === "ACTIVE").map((k) => ({ id: k.id, name: k.name }));
    } catch (e) {
      problem = problemOf(e);
    }
  }
  if (!org) {
    return <ProblemPage title="年度目标" problem={problem} />;
  }
  const own = new Map(targets.filter((t) => t.orgId === org.id).map((t) => [t.indicator, t]));
  const partsOf = (t: TargetDto) => new Map(targets.filter((x) => x.parentId === t.id || (x.orgId !== org.id && x.indicator === t.indicator)).map((x) => [x.orgId, x]));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];

  return (
    <>
      <PageHeader
        title={`年度目标 · ${org.name}`}
        breadcrumbs={[{ label: "数据看板", href: buildHref("/dashboard", { orgId: org.id }) }, { label: "年度目标" }]}
        description={isAdmin ? "设定本组织各指标的年度目标及其口径（本级：只统计本组织自身的记录；全辖：含全部下级），全辖目标可分解到直属下级。数量和金额的分解须合计等于目标（或填写本级保留）；比率逐个设定。" : "本组织及直属下级的年度目标（只读）。"}
        actions={
          <Link href={buildHref("/dashboard", { orgId: org.id, period: String(year) })} className={buttonClass("secondary", "sm")}>
            查看{year}年看板
          </Link>
        }
      />
      <SwitchCard action="/dashboard/targets" orgId={org.id} id="year" label="年度" value={String(year)} choices={years.map((y) => ({ value: String(y), label: `${y}年` }))} className="w-32" />
      <Card bodyClassName="p-0" title={`${year}年目标`}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[720px] text-sm">
            <caption className="sr-only">{year}年各指标目标</caption>
            <thead>
              <tr className="border-b border-line bg-gray-50 text-left text-gray-600">
                <th scope="col" className="px-4 py-2 font-medium">指标</th>
                <th scope="col" className="px-4 py-2 font-medium">年度目标</th>
                <th scope="col" className="px-4 py-2 font-medium">分解到下级</th>
              </tr>
            </thead>
            <tbody>
              {INDICATORS.filter((i) => i.targetable).map((ind) => {
                const t = own.get(ind.key);
                const parts = t ? partsOf(t) : new Map<number, TargetDto>();
                const splitTotal = t?.splitTotal ? Number(t.splitTotal) : null;
                const mismatch = t && ind.kind !== "rate" && splitTotal !== null && t.splitTotal !== t.value;
                return (
                  <tr key={ind.key} className="border-b border-line align-top last:border-b-0">
                    <th scope="row" className="px-4 py-3 text-left font-normal">
                      <span className="font-medium text-gray-900">{ind.name}</span>
                      <span className="ml-1 text-xs text-muted">（{ind.unit}）</span>
                      <p className="mt-0.5 max-w-xs text-xs text-muted">{ind.description}</p>
                    </th>
                    <td className="px-4 py-3">
                      {isAdmin ? (
                        <TargetValueForm orgId={org.id} year={year} indicator={ind.key} name={ind.name} unit={ind.unit} value={t?.value ?? null} scope={t?.scope ?? "SUBTREE"} split={(t?.splitCount ?? 0) > 0 || !!t?.parentId} />
                      ) : t ? (
                        <span className="tabular-nums">
                          {formatFigure(Number(t.value), ind.kind)}
                          <span className="ml-1 text-xs text-muted">（{TARGET_SCOPE_LABELS[t.scope]}）</span>
                        </span>
                      ) : (
                        <span className="text-muted">未设定</span>
                      )}
                    </td>
                    <td className="px-4 py-3">
                      {t && t.splitCount > 0 && (
                        <p className="mb-1 text-xs text-muted">
                          已分解到 {t.splitCount} 个下级
                          {ind.kind !== "rate" && `，合计 ${formatFigure(splitTotal, ind.kind)}${mismatch ? `，本级保留 ${formatFigure(Number(t.value) - (splitTotal ?? 0), ind.kind)}` : ""}`}
                        </p>
                      )}
                      {t?.scope === "OWN" ? (
                        <span className="text-xs text-muted">本级目标只统计本组织自身的记录，不分解</span>
                      ) : t && isAdmin && children.length > 0 ? (
                        <details>
                          <summary className="cursor-pointer text-sm text-sky-800 hover:underline">{t.splitCount ? "调整分解" : "分解到下级"}</summary>
                          <div className="mt-2">
                            <TargetSplitForm
                              targetId={t.id}
                              total={t.value}
                              isRate={ind.kind === "rate"}
                              unit={ind.unit}
                              orgs={children.map((c) => ({ id: c.id, name: c.name, value: parts.get(c.id)?.value ?? null }))}
                            />
                          </div>
                        </details>
                      ) : (
                        !t && <span className="text-xs text-muted">先设定年度目标</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
