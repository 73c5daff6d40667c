import { ListSkeleton } from "@/components/list/list-skeleton";

export default function ReformTasksLoading() {
  return <ListSkeleton label="正在加载产改任务…" />;
}
