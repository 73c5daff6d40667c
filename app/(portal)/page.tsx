// / — overview of the current scope: a few headline numbers and the way in to each programme.
import Link from "next/link";
import { getOrganisation } from "@/lib/orgs/queries";
import { requireStaff, orNotFound } from "@/components/server/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { formatNumber, kindLabel, levelLabel } from "@/components/format";
import { getScopeRoot } from "./scope";

export default async function OverviewPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const org = await orNotFound(getOrganisation(actor, scope.id));

  const stats = [
    { label: "基层工会数", value: org.unionCount, unit: "个", hint: "本范围内在册的基层及村（社区）工会" },
    { label: "会员数", value: org.memberCount, unit: "人", hint: "在会会员（实名制）" },
    { label: "直属下级", value: org.childCount, unit: "个", hint: "直接隶属于本级的组织" },
  ];

  return (
    <>
      <PageHeader title={org.name} description={`${levelLabel(org.level)} · ${kindLabel(org.kind)} · 当前范围概况`} />
      <section aria-label="主要数据" className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white px-5 py-4 shadow-[0_1px_2px_rgba(0,0,0,0.04)]">
            <p className="text-sm text-muted">{s.label}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums text-gray-900">
              {formatNumber(s.value)}
              <span className="ml-1 text-base font-normal text-muted">{s.unit}</span>
            </p>
            <p className="mt-1 text-xs text-muted">{s.hint}</p>
          </div>
        ))}
      </section>

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
