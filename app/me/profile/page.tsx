// /me/profile — the member corrects their phone number, and asks the union to
// correct anything else. The forms open on demand (components/self-service/profile-editors).
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getMember } from "@/lib/members/queries";
import { listOwnChangeRequests } from "@/lib/self-service/profile";
import { CHANGE_REQUEST_STATUS_LABELS } from "@/lib/self-service/labels";
import { Card, InfoList } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { CorrectionEditor, PhoneEditor } from "@/components/self-service/profile-editors";

export const metadata: Metadata = { title: "个人信息" };

const FIELD = { name: "姓名", idNumber: "身份证号" } as Record<string, string>;

export default async function ProfilePage() {
  const actor = await requireActor();
  const member = await getMember(actor, actor.memberId!);
  const requests = await listOwnChangeRequests(actor);
  const pending = requests.some((r) => r.status === "PENDING");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold text-gray-900">个人信息</h1>
      <Card title="手机号" description="手机号也是您的登录名" actions={<PhoneEditor />}>
        <InfoList items={[{ label: "当前手机号", value: <span className="font-mono">{member.phone}</span> }]} />
      </Card>
      <Card title="申请更正其他信息" description="姓名、身份证号等需经所在工会核实后更正" actions={<CorrectionEditor disabled={pending} />} className="mt-4">
        {pending && (
          <Alert tone="info" className="mb-3">
            您有一项更正申请正在处理中，处理完成后才能再次提交。
          </Alert>
        )}
        <InfoList
          items={[
            { label: "姓名", value: member.name },
            { label: "身份证号", value: <span className="font-mono tracking-wide">{member.idMasked}</span> },
          ]}
        />
      </Card>
      {requests.length > 0 && (
        <Card title="更正申请记录" className="mt-4">
          <ul className="divide-y divide-line">
            {requests.map((r) => (
              <li key={r.id} className="py-2.5 text-[15px]">
                <p>
                  更正{r.fields.map((f) => FIELD[f] ?? f).join("、")} · <span className="font-medium">{CHANGE_REQUEST_STATUS_LABELS[r.status]}</span>
                </p>
                <p className="text-sm text-muted">
                  {r.createdAt.slice(0, 10)} 提交{r.decisionNote ? ` · 工会答复：${r.decisionNote}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
