// /reform/plans/{id}/print — the plan with its progress as an A4 report for
// the joint meeting (the shell and buttons are hidden when printed).
import type { Metadata } from "next";
import { allPlanTasks, getPlan } from "@/lib/reform/queries";
import type { PlanDto } from "@/lib/reform/schema";
import { TASK_STATUS_LABELS } from "@/lib/reform/labels";
import { todayCST } from "@/lib/dates";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PrintButton } from "@/components/dashboard/print-button";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "打印产改任务进展" };

export default async function PlanPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const plan = (await orNotFound(getPlan(actor, id))) as PlanDto;
  const tasks = await allPlanTasks(actor, id);
  return (
    <article className="mx-auto max-w-[210mm] bg-white text-[12px] leading-snug text-black">
      <div className="no-print mb-4 flex gap-2">
        <PrintButton />
        <ButtonLink href={`/reform/plans/${id}`} size="sm">返回方案</ButtonLink>
      </div>
      <h1 className="text-center text-lg font-bold">{plan.title}</h1>
      <p className="mb-3 text-center">
        {plan.orgName} · 截至 {todayCST()} · 共 {plan.counts.total} 项：已完成 {plan.counts.completed}，推进中 {plan.counts.inProgress}，未启动 {plan.counts.notStarted}，已滞后 {plan.counts.late}
      </p>
      {plan.areas.map((a) => {
        const rows = tasks.filter((t) => t.areaId === a.id);
        if (!rows.length) return null;
        return (
          <section key={a.id} className="mb-3 break-inside-avoid-page">
            <h2 className="mb-1 font-bold">{a.name}</h2>
            <table className="w-full border-collapse">
              <thead>
                <tr>
                  {["序号", "任务", "牵头单位", "完成时限", "状态", "进度", "最近进展"].map((h) => (
                    <th key={h} className="border border-black px-1 py-0.5 text-left font-bold">{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((t) => (
                  <tr key={t.id} className="break-inside-avoid">
                    <td className="border border-black px-1">{t.number}</td>
                    <td className="border border-black px-1">{t.title}</td>
                    <td className="border border-black px-1">{t.leadUnit.name}</td>
                    <td className="border border-black px-1 whitespace-nowrap">{t.deadline}</td>
                    <td className={`border border-black px-1 ${t.status === "LATE" ? "font-bold" : ""}`}>{TASK_STATUS_LABELS[t.status]}</td>
                    <td className="border border-black px-1">{t.percent}%</td>
                    <td className="border border-black px-1">{t.lastReportOn ? `${t.lastReportOn} ${t.lastReport ?? ""}` : "未填报"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </article>
  );
}
