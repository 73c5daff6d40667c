// / — the staff member's desk: what awaits them across modules (counts and
// links), a few headline numbers of the current scope, the modules the
// staff member uses most, and the way in.
import Link from "next/link";
import { getOrganisation } from "@/lib/orgs/queries";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { formatNumber, kindLabel, levelLabel } from "@/components/format";
import { formatDateTime } from "@/lib/dates";
import { getScopeRoot } from "./scope";
import { loadDesk } from "./desk";
import { frequentModules } from "@/lib/desk/frequent";
import { COUNTED_MEMBER_STATUS, MEMBER_STATUS_LABELS } from "@/lib/members/labels";

export default async function OverviewPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const [org, desk, frequent] = await Promise.all([orNotFound(getOrganisation(actor, scope.id)), loadDesk(actor, scope), frequentModules(actor)]);

  // A province's or a city's counts are the dashboard's, at most a minute old: say how old (the time kept on one line).
  const asOf = org.countsAsOf ? (
    <>
      ，<span className="whitespace-nowrap">数据截至 {formatDateTime(org.countsAsOf)}</span>
    </>
  ) : null;
  const stats = [
    { label: "基层工会数", value: org.unionCount, unit: "个", hint: <>本范围内在册的基层及村（社区）工会{asOf}</>, href: `/orgs/${org.id}` },
    // The same definition as the dashboard's 会员总数 and the member list filtered by it.
    { label: "会员数", value: org.memberCount, unit: "人", hint: <>{MEMBER_STATUS_LABELS[COUNTED_MEMBER_STATUS]}会员（实名制）{asOf}</>, href: `/members?orgId=${org.id}` },
    { label: "直属下级", value: org.childCount, unit: "个", hint: "直接隶属于本级的组织", href: `/orgs/${org.id}` },
  ];

  return (
    <>
      <PageHeader title={org.name} description={`${levelLabel(org.level)} · ${kindLabel(org.kind)} · 当前范围概况`} />
      {desk.length > 0 && (
        <Card title="待办事项" aria-label="待办事项" className="mb-6" bodyClassName="p-0">
          <ul className="divide-y divide-line">
            {desk.map((d) => (
              <li key={d.key}>
                <Link href={d.href} className="flex items-center justify-between gap-4 px-5 py-3 hover:bg-gray-50">
                  <span>
                    <span className="font-medium text-gray-900">{d.label}</span>
                    {d.hint && <span className="ml-2 text-sm text-muted">{d.hint}</span>}
                  </span>
                  <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold tabular-nums ${d.count ? "bg-amber-100 text-amber-900" : "bg-gray-100 text-gray-600"}`}>{formatNumber(d.count)}{d.capped && "+"}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <section aria-label="主要数据" className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white px-5 py-4 shadow-[0_1px_2px_rgba(0,0,0,0.04)]">
            <p className="text-sm text-muted">{s.label}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums text-gray-900">
              <Link href={s.href} className="hover:underline">
                {formatNumber(s.value)}
              </Link>
              <span className="ml-1 text-base font-normal text-muted">{s.unit}</span>
            </p>
            <p className="mt-1 text-xs text-muted">{s.hint}</p>
          </div>
        ))}
      </section>

      {frequent.length > 0 && (
        <nav aria-label="常用功能" className="mt-6">
          <h2 className="mb-2 text-sm font-medium text-gray-800">常用功能</h2>
          <ul className="flex flex-wrap gap-2">
            {frequent.map((m) => (
              <li key={m.href}>
                <Link href={m.href} className="inline-block rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-gray-50">
                  {m.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2">
        <Card title="组织体系">
          <p className="text-[15px] text-gray-700">查看本范围内的县（区）、镇（街道）、村（社区）及基层工会，维护组织基本信息。</p>
          <Link href={`/orgs/${org.id}`} className="mt-3 inline-block font-medium text-brand hover:underline">
            进入组织体系 →
          </Link>
        </Card>
        <Card title="会员管理">
          <p className="text-[15px] text-gray-700">会员实名制登记、信息维护、转会和退会办理。</p>
          <Link href="/members" className="mt-3 inline-block font-medium text-brand hover:underline">
            进入会员管理 →
          </Link>
        </Card>
      </div>
    </>
  );
}
