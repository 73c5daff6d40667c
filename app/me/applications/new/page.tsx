// /me/applications/new — apply online for 送温暖, 金秋助学 or 医疗救助.
import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { ApplicationForm } from "@/components/self-service/application-form";

export const metadata: Metadata = { title: "网上申请帮扶" };

export default async function NewApplicationPage() {
  await requireActor();
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold text-gray-900">网上申请帮扶</h1>
      <p className="mb-4 text-sm text-muted">提交后由所在工会核实，再经镇（街道）工会审核、县（区）总工会审批，公示期满后发放。办理进度可在“我的申请”查看。</p>
      <ApplicationForm />
    </>
  );
}
