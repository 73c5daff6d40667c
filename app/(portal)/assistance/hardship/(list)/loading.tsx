import { ListSkeleton } from "@/components/list/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="正在加载困难职工档案…" stats={false} />;
}
