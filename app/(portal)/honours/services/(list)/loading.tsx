import { ListSkeleton } from "@/components/programmes/list-skeleton";

export default function ServicesLoading() {
  return <ListSkeleton label="正在加载劳模服务记录…" />;
}
