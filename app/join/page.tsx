// /join — 网上入会: a worker applies from a phone, without signing in.
import type { Metadata } from "next";
import { listJoinTowns } from "@/lib/members/join";
import { JoinForm } from "@/components/members/join-form";

export const metadata: Metadata = { title: "网上入会" };

export default async function JoinPage() {
  const towns = await listJoinTowns();
  return (
    <section aria-labelledby="join-title" className="rounded-lg border border-line bg-white px-5 py-6 shadow-sm sm:px-8">
      <h1 id="join-title" className="text-xl font-semibold text-gray-900">
        网上申请加入工会
      </h1>
      <p className="mt-1 text-sm text-muted">
        在江苏工作的职工，包括外卖骑手、快递员、货车司机、网约车司机等新就业形态劳动者，都可以申请加入工会。工会审核同意后，会把激活码交给您。
      </p>
      <JoinForm towns={towns} />
    </section>
  );
}
