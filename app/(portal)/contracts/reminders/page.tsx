// /contracts/reminders — contracts of the current scope ending within 60 days,
// soonest first, and those already past their term waiting to be marked expired.
import type { Metadata } from "next";
import Link from "next/link";
import { canWrite } from "@/lib/auth/actor";
import { addDays, todayCST } from "@/lib/dates";
import { listReminders } from "@/lib/contracts/queries";
import { EXPIRY_WINDOW_DAYS } from "@/lib/contracts/labels";
import type { ContractDto } from "@/lib/contracts/schema";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, clip, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ContractKindBadge, ExpiryTag } from "@/components/contracts/contract-badges";
import { ExpireLapsedButton } from "@/components/contracts/expire-lapsed-button";
import { formatDate, formatNumber } from "@/components/format";
import { flattenSearchParams } from "@/components/url";
import { getScopeRoot } from "../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "到期提醒" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RemindersPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  const sp = flattenSearchParams(await searchParams);
  const page = sp.page && /^[1-9]\d{0,5}$/.test(sp.page) ? Number(sp.page) : 1;
  const r = await listReminders(actor, { orgId: scope.id, page, pageSize: 50 });
  const today = todayCST();

  const columns: Column<ContractDto>[] = [
    { key: "to", header: "终止日期", className: "c-num", cell: (c) => formatDate(c.effectiveTo) },
    { key: "left", header: "剩余", cell: (c) => <ExpiryTag effectiveTo={c.effectiveTo} today={today} /> },
    { key: "title", header: "合同名称", rowHeader: true, className: "min-w-[16rem]", cell: (c) => <RecordLink href={`/contracts/${c.id}`}>{c.title}</RecordLink> },
    { key: "kind", header: "类型", cell: (c) => <ContractKindBadge kind={c.kind} /> },
    { key: "org", header: "工会方", cell: (c) => clip(c.orgName) },
    { key: "ents", header: "覆盖企业", className: "c-amt", cell: (c) => formatNumber(c.enterpriseCount) },
    { key: "workers", header: "覆盖职工", className: "c-amt", cell: (c) => formatNumber(c.workerCount) },
  ];

  return (
    <>
      <PageHeader
        title="到期提醒"
        description={`范围：${scope.name} · ${EXPIRY_WINDOW_DAYS}天内（${today} 至 ${formatDate(addDays(today, EXPIRY_WINDOW_DAYS))}）到期的生效合同，请及时启动续订协商。`}
        breadcrumbs={[{ label: "集体合同", href: "/contracts" }, { label: "到期提醒" }]}
      />
      <Card title={`${EXPIRY_WINDOW_DAYS}天内到期`} description={`共 ${formatNumber(r.total)} 份`} bodyClassName="p-0">
        <DataTable
          caption="即将到期的集体合同"
          columns={columns}
          rows={r.data}
          rowKey={(c) => c.id}
          empty={<EmptyState title="暂无即将到期的合同" description={`本范围内没有在${EXPIRY_WINDOW_DAYS}天内到期的生效合同。`} />}
        />
        <div className="border-t border-line px-5 py-3">
          <Pagination pathname="/contracts/reminders" params={{}} page={r.page} pageSize={r.pageSize} total={r.total} unit="份" label="到期提醒分页" />
        </div>
      </Card>
      <Card
        title="已过期限、待标记的合同"
        description="期限已届满但状态仍为“生效”的合同，已不再计入覆盖率；标记为已到期后仍可续订。"
        className="mt-4"
        actions={canWrite(actor) ? <ExpireLapsedButton orgId={scope.id} orgName={scope.name} count={r.lapsed} /> : undefined}
      >
        <p className="text-[15px] text-gray-800">
          共 <strong className="tabular-nums">{formatNumber(r.lapsed)}</strong> 份。
          {r.lapsed > 0 && (
            <Link href="/contracts?lapsed=true&sort=effectiveTo" className="ml-2 text-sky-800 hover:underline">
              查看清单
            </Link>
          )}
        </p>
      </Card>
    </>
  );
}
