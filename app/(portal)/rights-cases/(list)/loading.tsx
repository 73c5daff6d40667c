import { ListSkeleton } from "@/components/list/list-skeleton";

export default function RightsCasesLoading() {
  return <ListSkeleton label="正在加载维权工单…" />;
}
