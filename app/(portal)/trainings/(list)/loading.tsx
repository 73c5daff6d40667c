import { ListSkeleton } from "@/components/list/list-skeleton";

export default function TrainingsLoading() {
  return <ListSkeleton label="正在加载技能培训…" />;
}
