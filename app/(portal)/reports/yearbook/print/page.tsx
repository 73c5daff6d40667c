// /reports/yearbook/print — the annual statistics report on A4 with the
// sign-off lines (单位负责人, 统计负责人, 填表人, 报出日期); the shell and buttons
// are hidden when printed, as for the reform plan's print view.
import type { Metadata } from "next";
import { YearbookQuerySchema } from "@/lib/yearbook/schema";
import { getYearbook } from "@/lib/yearbook/queries";
import { requireStaff } from "@/lib/auth/session";
import { PrintButton } from "@/components/dashboard/print-button";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { buildHref, flattenSearchParams } from "@/components/url";
import { RowsTable } from "@/components/yearbook/rows-table";
import { problemOf } from "@/components/problem";

export const metadata: Metadata = { title: "打印工会统计年报" };

const SIGN_OFF = ["单位负责人", "统计负责人", "填表人", "报出日期"];

export default async function YearbookPrintPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff();
  const parsed = YearbookQuerySchema.safeParse(flattenSearchParams(await searchParams));
  if (!parsed.success) return <Alert tone="error">查询条件有误：请选择组织和统计年度</Alert>;
  let yb;
  try {
    yb = await getYearbook(actor, parsed.data);
  } catch (e) {
    return <Alert tone="error">{problemOf(e)}</Alert>;
  }
  return (
    <article className="mx-auto max-w-[210mm] bg-white text-[12px] leading-snug text-black">
      <div className="no-print mb-4 flex gap-2">
        <PrintButton />
        <ButtonLink href={buildHref("/reports/yearbook", { orgId: yb.org.id, year: yb.year })} size="sm">返回年报</ButtonLink>
      </div>
      <h1 className="text-center text-lg font-bold">{yb.org.name}{yb.year}年工会统计年报</h1>
      <p className="mb-3 text-center">{yb.label}</p>
      <RowsTable print rows={yb.summary} caption="工会组织基本情况" year={yb.year} />
      <RowsTable print rows={yb.tables} caption="主要统计表" year={yb.year} />
      <footer className="mt-6 grid grid-cols-4 gap-4">
        {SIGN_OFF.map((s) => (
          <p key={s}>{s}：<span className="inline-block w-20 border-b border-black">&nbsp;</span></p>
        ))}
      </footer>
    </article>
  );
}
