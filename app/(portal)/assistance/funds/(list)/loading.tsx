import { ListSkeleton } from "@/components/list/list-skeleton";

export default function Loading() {
  return <ListSkeleton label="正在加载帮扶资金…" stats={false} />;
}
