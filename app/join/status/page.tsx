// /join/status — the applicant follows an application with its number and the
// last six characters of their ID number.
import type { Metadata } from "next";
import { JoinStatusForm } from "@/components/members/join-status-form";

export const metadata: Metadata = { title: "入会申请进度" };

export default function JoinStatusPage() {
  return (
    <section aria-labelledby="join-status-title" className="rounded-lg border border-line bg-white px-5 py-6 shadow-sm sm:px-8">
      <h1 id="join-status-title" className="text-xl font-semibold text-gray-900">
        查询入会申请进度
      </h1>
      <p className="mt-1 text-sm text-muted">请输入提交申请时得到的申请编号，以及您的身份证号后六位。</p>
      <JoinStatusForm />
    </section>
  );
}
