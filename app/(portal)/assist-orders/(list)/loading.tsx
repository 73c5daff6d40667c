import { ListSkeleton } from "@/components/list/list-skeleton";

export default function AssistOrdersLoading() {
  return <ListSkeleton label="正在加载助企行工单…" />;
}
