// The page around one create or edit form. An account that may not write sees
// why in place of the form, rather than a form the server would refuse.
import type { ReactNode } from "react";
import { canWrite, type Actor } from "@/lib/auth/actor";
import { PageHeader, type PageHeaderProps } from "./page-header";
import { Card } from "./card";
import { Alert } from "./alert";

/** The refusal a read-only account gets, e.g. readOnlyRefusal(actor, "不能新建竞赛。"). */
export function readOnlyRefusal(actor: Actor, act: string): string | null {
  return canWrite(actor) ? null : `您的账号为只读，${act}`;
}

export function FormPage({ refusal, children, ...header }: PageHeaderProps & { refusal?: string | null; children: ReactNode }) {
  return (
    <>
      <PageHeader {...header} />
      <Card>{refusal ? <Alert tone="warning">{refusal}</Alert> : children}</Card>
    </>
  );
}
