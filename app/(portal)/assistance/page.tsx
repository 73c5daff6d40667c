// /assistance — 困难帮扶 overview for the current scope: what awaits the user,
// this year's assistance in figures, and the way into each part.
import type { Metadata } from "next";
import { todayCST } from "@/lib/dates";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { getQueueCounts } from "@/lib/assistance/queue";
import { getSummary } from "@/lib/assistance/summary";
import { listHardshipFiles } from "@/lib/hardship/queries";
import { HardshipListQuerySchema } from "@/lib/hardship/schema";
import { formatYuan, fromFen, toFen } from "@/lib/money";
import { PENDING_LABELS } from "@/lib/assistance/grant-workflow";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/components/format";
import { getScopeRoot } from "../scope";

export const metadata: Metadata = { title: "困难帮扶" };

export default async function AssistancePage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const year = Number(todayCST().slice(0, 4));
  const [queue, summary, inFile] = await Promise.all([
    getQueueCounts(actor, { orgId: scope.id }),
    getSummary(actor, { orgId: scope.id, year }),
    listHardshipFiles(actor, HardshipListQuerySchema.parse({ orgId: String(scope.id), pageSize: "1", status: "IN_FILE" })).then((r) => r.total),
  ]);
  // The files due for review are the queue's own (the same subtree and rule): not counted twice.
  const { grants: waiting, reviewDue: due } = queue;
  const balance = summary.funds.map((f) => f.balance);

  const stats = [
    { label: `${year}年已发放`, value: formatYuan(summary.totals.amount), hint: `${formatNumber(summary.totals.personTimes)} 人次，${formatNumber(summary.totals.households)} 户` },
    { label: "在档困难职工", value: `${formatNumber(inFile)} 户`, hint: `其中复核到期 ${formatNumber(due)} 户` },
    { label: "待我办理", value: `${formatNumber(waiting)} 件`, hint: canWrite(actor) ? "可提交、审核、审批、公示或发放的申请" : "只读账号没有待办" },
    { label: `${year}年资金余额`, value: balance.length ? formatYuan(fromFen(balance.reduce((s, b) => s + toFen(b), BigInt(0)))) : "—", hint: `${summary.funds.length} 项资金，余额为台账合计` },
  ];

  return (
    <>
      <PageHeader title="困难帮扶" description={`${scope.name} · 困难职工档案、帮扶救助与资金台账`} />
      <section aria-label="主要数据" className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-lg border border-line bg-white px-5 py-4 shadow-[0_1px_2px_rgba(0,0,0,0.04)]">
            <p className="text-sm text-muted">{s.label}</p>
            <p className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{s.value}</p>
            <p className="mt-1 text-xs text-muted">{s.hint}</p>
          </div>
        ))}
      </section>

      {waiting > 0 && (
        <Card title="待办" className="mt-6" actions={<Link href="/assistance/queue" className="text-sm font-medium text-brand hover:underline">查看全部待办 →</Link>}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-[15px]">
            {queue.byAction
              .filter((g) => g.total > 0)
              .map((g) => (
                <li key={g.action}>
                  {PENDING_LABELS[g.action]}
                  <span className="ml-1 font-semibold tabular-nums text-brand">{g.total}</span> 件
                </li>
              ))}
          </ul>
        </Card>
      )}

      <div className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
        {[
          { href: "/assistance/grants", title: "帮扶救助", text: "送温暖、金秋助学、医疗救助、生活救助：申请、审核、审批、公示、发放全流程。" },
          { href: "/assistance/hardship", title: "困难职工档案", text: "一人一档：建档核实、走访记录、年度复核、解困脱困。" },
          { href: "/assistance/funds", title: "帮扶资金", text: "按年度和来源设立资金，拨入、发放、冲正逐笔记账，余额即台账合计。" },
          { href: "/assistance/summary", title: "统计", text: "按类别、镇（街道）和月份统计发放金额与人次，预算执行情况。" },
          { href: "/assistance/policies", title: "救助政策", text: "各类救助是否须困难档案、单笔及每户每年上限、公示天数。" },
        ].map((c) => (
          <Card key={c.href} title={c.title}>
            <p className="text-[15px] text-gray-700">{c.text}</p>
            <Link href={c.href} className="mt-3 inline-block font-medium text-brand hover:underline">
              进入{c.title} →
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
