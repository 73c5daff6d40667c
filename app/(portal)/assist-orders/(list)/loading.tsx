import { ListSkeleton } from "@/components/programmes/list-skeleton";

export default function AssistOrdersLoading() {
  return <ListSkeleton label="正在加载助企行工单…" />;
}
