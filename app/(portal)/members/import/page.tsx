// /members/import — 会员批量导入: template, dry run, all-or-nothing import, and the
// registry's export in the same columns for correcting and importing again.
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ImportPanel } from "@/components/xlsx/import-panel";
import { getScopeRoot } from "../../scope";

export const metadata: Metadata = { title: "会员批量导入" };

const API = "/api/v1/members";

export default async function MemberImportPage() {
  const actor = await requireStaff();
  const scope = await getScopeRoot(actor);
  return (
    <>
      <PageHeader
        title="会员批量导入"
        description={`从 Excel（.xlsx）登记“${scope.name}”及下级工会的会员，每个文件最多 50,000 行。`}
        breadcrumbs={[{ label: "会员管理", href: "/members" }, { label: "批量导入" }]}
      />
      {canWrite(actor) ? (
        <div className="space-y-4">
          <Card title="导入会员" description="先试导入检查，再正式导入：有任何一处错误时一条也不写入">
            <ImportPanel
              importUrl={`${API}/import`}
              templateHref={`${API}/import/template`}
              noun="会员"
              matchNote="每行登记一名会员；已在名册中的人员会报为重复，在其他地区登记的请办理转会"
              limitNote="不超过 10 MB、50,000 行"
            />
          </Card>
          <Card title="导出名册（导入格式）" description="与导入模板相同的列，含完整身份证号；导出记入审计日志">
            <p className="text-sm text-gray-700">
              <a href={`${API}/export?format=import`} className="font-medium text-sky-800 hover:text-brand hover:underline" download>
                下载本范围会员名册（导入格式）
              </a>
              ，可在 Excel 中核对、整理后作为导入文件的底稿（已在名册中的人员导入时报为重复，不会重复登记）。
            </p>
          </Card>
        </div>
      ) : (
        <Alert tone="warning">您的账号为只读，不能导入会员。</Alert>
      )}
    </>
  );
}
