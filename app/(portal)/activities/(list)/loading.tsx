import { ListSkeleton } from "@/components/list/list-skeleton";

export default function ActivitiesLoading() {
  return <ListSkeleton label="正在加载工作台账…" />;
}
