import { ListSkeleton } from "@/components/list/list-skeleton";

export default function HonoursLoading() {
  return <ListSkeleton label="正在加载荣誉名录…" />;
}
