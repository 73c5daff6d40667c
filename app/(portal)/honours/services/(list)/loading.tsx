import { ListSkeleton } from "@/components/list/list-skeleton";

export default function ServicesLoading() {
  return <ListSkeleton label="正在加载劳模服务记录…" />;
}
