// /members/{id}/edit — correct a member's facts (the union changes only by transfer).
import type { Metadata } from "next";
import { getMember } from "@/lib/members/queries";
import { MemberSchema } from "@/lib/members/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { MemberForm } from "@/components/members/member-form";
import { pickShape } from "@/components/pick";
import { FormPage, readOnlyRefusal } from "@/components/ui/form-page";

export const metadata: Metadata = { title: "编辑会员" };

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const member = await orNotFound(getMember(actor, (await params).id));
  const crumbs = [{ label: "会员管理", href: "/members" }, { label: member.name, href: `/members/${member.id}` }, { label: "编辑" }];
  const refusal = readOnlyRefusal(actor, "不能修改会员信息。") ?? (member.status === "ACTIVE" ? null : "该会员已不在会，不能修改信息。");
  return (
    <FormPage title={`编辑会员：${member.name}`} breadcrumbs={crumbs} refusal={refusal}>
      {/* Only the DTO fields go to the browser (not the transfer history). */}
      <MemberForm mode="edit" member={pickShape(MemberSchema, member)} />
    </FormPage>
  );
}
