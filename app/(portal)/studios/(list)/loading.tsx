import { ListSkeleton } from "@/components/list/list-skeleton";

export default function StudiosLoading() {
  return <ListSkeleton label="正在加载创新工作室…" />;
}
