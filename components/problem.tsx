// What a page shows when its query cannot be answered: an organisation outside
// the caller's scope (or none such), a rule's refusal and a statement past the
// time limit (a province's broad query at 20 M members) become a message on the
// page, which keeps its filters to be narrowed; anything else is a fault and
// propagates to the error boundary.
import { AppError } from "@/lib/errors";
// Classifies a database error (its SQLSTATE) as the API does; no data access.
// eslint-disable-next-line no-restricted-imports
import { knownDbError } from "@/lib/db/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";

export function problemOf(e: unknown): string {
  const known = e instanceof AppError ? e : knownDbError(e);
  if (!known) throw e;
  return known.code === "NOT_FOUND" ? "所选组织不存在或不在您的管理范围内。" : known.message;
}

export function ProblemPage({ title, problem }: { title: string; problem: string | null }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="error">{problem}</Alert>
    </>
  );
}
