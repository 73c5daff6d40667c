import { ListSkeleton } from "@/components/list/list-skeleton";

export default function CompetitionsLoading() {
  return <ListSkeleton label="正在加载劳动和技能竞赛…" />;
}
