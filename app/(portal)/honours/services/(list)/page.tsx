// /honours/services — services to model workers (体检、疗休养、慰问 …) in the current scope.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { ServiceListQuerySchema, type ServiceDto } from "@/lib/honours/schema";
import { listServices } from "@/lib/honours/queries";
import { SERVICE_KINDS, SERVICE_KIND_LABELS } from "@/lib/honours/labels";
import { formatYuan } from "@/lib/money";
import { cstYear } from "@/lib/dates";
import { requireStaff } from "@/lib/auth/session";
import { ButtonLink } from "@/components/ui/button";
import { formatDate, formatNumber } from "@/components/format";
import { optionsOf } from "@/components/programmes/filter-fields";
import { TabLinks } from "@/components/programmes/tabs";
import { HONOUR_TABS } from "@/components/honours/badges";
import { ListPage, clip, type Column } from "@/components/list/list-page";
import { loadList } from "@/components/list/load";
import { getScopeRoot } from "../../../scope";
import { RecordLink } from "@/components/list/record-link";

export const metadata: Metadata = { title: "劳模服务" };

const LIST = { path: "/honours/services", schema: ServiceListQuerySchema, keys: ["q", "year", "kind", "orgId", "sort"], defaultSort: "-servedOn" } as const;

const COLUMNS: Column<ServiceDto>[] = [
  { key: "servedOn", header: "服务日期", sort: { asc: "servedOn", desc: "-servedOn" }, className: "c-num", cell: (s) => formatDate(s.servedOn) },
  { key: "member", header: "姓名", rowHeader: true, cell: (s) => <RecordLink href={`/honours/services/${s.id}`}>{s.memberName}</RecordLink> },
  { key: "kind", header: "服务项目", sort: { asc: "kind", desc: "kind" }, cell: (s) => SERVICE_KIND_LABELS[s.kind] },
  { key: "year", header: "年度", cell: (s) => s.year },
  { key: "amount", header: "费用", className: "c-amt", cell: (s) => formatYuan(s.amount) },
  { key: "org", header: "所在工会", cell: (s) => clip(s.orgName) },
  { key: "notes", header: "备注", cell: (s) => clip(s.notes) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ServicesPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const list = await loadList(LIST, searchParams, { actor, scope: await getScopeRoot(actor) }, (q) => listServices(actor, q), { totals: { count: 0, persons: 0, amountTotal: "0.00" } });
  const t = list.result.totals;
  const thisYear = cstYear();
  return (
    <ListPage
      list={list}
      title="劳模工匠"
      description="荣誉与劳模服务"
      exportPath="/api/v1/model-worker-services/export"
      actions={canWrite(actor) && <ButtonLink href="/honours/services/new" variant="primary">登记服务</ButtonLink>}
      tabs={<TabLinks items={HONOUR_TABS} current={LIST.path} label="劳模工匠分类" />}
      stats={
        t && [
          { label: "服务记录", value: formatNumber(t.count), unit: "人次" },
          { label: "服务人数", value: formatNumber(t.persons), unit: "人" },
          { label: "费用合计", value: formatYuan(t.amountTotal) },
          { label: "年度", value: list.query?.year ? `${list.query.year}` : "全部" },
        ]
      }
      filters={[
        { name: "q", label: "姓名", type: "search", placeholder: "姓名（前几个字）" },
        { name: "kind", label: "服务项目", all: "全部项目", options: optionsOf(SERVICE_KINDS, SERVICE_KIND_LABELS) },
        { name: "year", label: "年度", all: "全部年度", options: [thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: `${y}年` })) },
      ]}
      columns={COLUMNS}
      rowKey={(s) => s.id}
      caption="劳模服务记录"
      empty={{ none: "暂无劳模服务记录", filtered: "没有符合条件的服务记录", filteredHint: "请调整筛选条件。" }}
    />
  );
}
