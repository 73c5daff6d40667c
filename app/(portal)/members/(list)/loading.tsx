import { ListSkeleton } from "@/components/list/list-skeleton";

export default function MembersLoading() {
  return <ListSkeleton label="正在加载会员名册…" stats={false} />;
}
