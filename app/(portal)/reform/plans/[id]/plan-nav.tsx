// The plan's views as tabs: task list, by unit, joint meetings.
import { TabLinks } from "@/components/programmes/tabs";

export function PlanTabs({ id, current }: { id: string; current: "tasks" | "units" | "meetings" }) {
  const items = [
    { key: "tasks", label: "任务清单", href: `/reform/plans/${id}` },
    { key: "units", label: "按单位", href: `/reform/plans/${id}/units` },
    { key: "meetings", label: "联席会议", href: `/reform/plans/${id}/meetings` },
  ];
  return <TabLinks label="方案视图" items={items} current={items.find((i) => i.key === current)!.href} />;
}
