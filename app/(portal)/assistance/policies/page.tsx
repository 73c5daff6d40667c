// /assistance/policies — the aid rules per kind; the province's administrators edit them in place.
import type { Metadata } from "next";
import { keepsReferenceData } from "@/lib/auth/actor";
import { listPolicies } from "@/lib/assistance/policies";
import { GRANT_KIND_LABELS } from "@/lib/assistance/labels";
import type { PolicyDto } from "@/lib/assistance/schema";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Money } from "@/components/assistance/badges";
import { PolicyForm } from "@/components/assistance/policy-form";

export const metadata: Metadata = { title: "救助政策" };

export default async function PoliciesPage() {
  const actor = await requireStaff();
  const policies = await listPolicies(actor);
  const admin = keepsReferenceData(actor);
  const columns: Column<PolicyDto>[] = [
    { key: "kind", header: "救助类别", rowHeader: true, cell: (p) => GRANT_KIND_LABELS[p.kind] },
    { key: "file", header: "须困难档案", cell: (p) => (p.requiresHardshipFile ? "是" : "否") },
    { key: "max", header: "单笔上限", className: "text-right", cell: (p) => (p.maxAmount ? <Money value={p.maxAmount} /> : "不限") },
    { key: "hh", header: "每户每年上限", className: "text-right", cell: (p) => (p.maxPerHouseholdYear ? <Money value={p.maxPerHouseholdYear} /> : "不限") },
    { key: "days", header: "公示天数", className: "text-right", cell: (p) => `${p.noticeDays} 天` },
  ];
  return (
    <>
      <PageHeader
        title="救助政策"
        description={`全省统一的救助规则：提交和审批时校验上限；每户按困难职工档案（家庭）或本人计算，驳回、撤回的申请不计入。${admin ? "" : "由省总工会管理员维护。"}`}
      />
      {admin ? (
        <Card title="修改救助政策" description="修改记入审计日志，对此后提交和审批的申请生效">
          {policies.map((p) => (
            <PolicyForm key={p.kind} policy={p} />
          ))}
        </Card>
      ) : (
        <Card bodyClassName="p-0">
          <DataTable caption="救助政策" columns={columns} rows={policies} rowKey={(p) => p.kind} />
        </Card>
      )}
    </>
  );
}
