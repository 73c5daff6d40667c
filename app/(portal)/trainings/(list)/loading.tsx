import { ListSkeleton } from "@/components/programmes/list-skeleton";

export default function TrainingsLoading() {
  return <ListSkeleton label="正在加载技能培训…" />;
}
