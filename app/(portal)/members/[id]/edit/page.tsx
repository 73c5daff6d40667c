// /members/{id}/edit — correct a member's facts (the union changes only by transfer).
import type { Metadata } from "next";
import { canWrite } from "@/lib/auth/actor";
import { getMember } from "@/lib/members/queries";
import { MemberSchema } from "@/lib/members/schema";
import { requireStaff, orNotFound } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { MemberForm } from "@/components/members/member-form";
import { pickShape } from "@/components/pick";

export const metadata: Metadata = { title: "编辑会员" };

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const member = await orNotFound(getMember(actor, (await params).id));
  const crumbs = [{ label: "会员管理", href: "/members" }, { label: member.name, href: `/members/${member.id}` }, { label: "编辑" }];
  let body: React.ReactNode;
  if (!canWrite(actor)) body = <Alert tone="warning">您的账号为只读，不能修改会员信息。</Alert>;
  else if (member.status !== "ACTIVE") body = <Alert tone="warning">该会员已不在会，不能修改信息。</Alert>;
  // Only the DTO fields go to the browser (not the transfer history).
  else body = <MemberForm mode="edit" member={pickShape(MemberSchema, member)} />;
  return (
    <>
      <PageHeader title={`编辑会员：${member.name}`} breadcrumbs={crumbs} />
      <Card>{body}</Card>
    </>
  );
}
