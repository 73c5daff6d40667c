// What a page shows when its query cannot be answered: an organisation outside
// the caller's scope (or none such) and a rule's refusal become a message on the
// page; anything else is a fault and propagates to the error boundary.
import { AppError } from "@/lib/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";

export function problemOf(e: unknown): string {
  if (!(e instanceof AppError)) throw e;
  return e.code === "NOT_FOUND" ? "所选组织不存在或不在您的管理范围内。" : e.message;
}

export function ProblemPage({ title, problem }: { title: string; problem: string | null }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="error">{problem}</Alert>
    </>
  );
}
