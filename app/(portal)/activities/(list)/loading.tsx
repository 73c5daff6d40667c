import { ListSkeleton } from "@/components/programmes/list-skeleton";

export default function ActivitiesLoading() {
  return <ListSkeleton label="正在加载工作台账…" />;
}
