"use client";
import type { GrantDetails } from "@/lib/assistance/schema";
import { formatYuan } from "@/lib/money";
import { RevealDetails } from "./reveal-details";

const LABELS: [keyof GrantDetails, string][] = [
  ["childName", "子女姓名"],
  ["school", "录取学校"],
  ["admissionYear", "入学年份"],
  ["major", "录取专业"],
  ["admissionNo", "录取通知书编号"],
  ["hospital", "就诊医院"],
  ["billTotal", "医疗费用总额"],
  ["selfPaid", "个人自付金额"],
  ["diagnosis", "病情诊断"],
  ["note", "补充说明"],
];

/** The grant's kind-specific details (admission, hospital bill), on request (audited). */
export function GrantReveal({ grantId, canReveal }: { grantId: string; canReveal: boolean }) {
  return (
    <RevealDetails<{ details: GrantDetails | null }>
      url={`/api/v1/grants/${grantId}/details`}
      label="查看申请详情"
      canReveal={canReveal}
      render={({ details }) =>
        details ? (
          <dl className="grid grid-cols-1 gap-x-8 gap-y-2 rounded-md border border-amber-200 bg-amber-50/50 p-4 sm:grid-cols-2">
            {LABELS.filter(([k]) => details[k] !== undefined).map(([k, label]) => (
              <div key={k}>
                <dt className="text-sm text-muted">{label}</dt>
                <dd className="text-[15px] text-gray-900">{k === "billTotal" || k === "selfPaid" ? formatYuan(String(details[k])) : String(details[k])}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-sm text-muted">该申请没有填写详情。</p>
        )
      }
    />
  );
}
