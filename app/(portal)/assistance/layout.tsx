// 困难帮扶: sub-navigation shared by its pages (each page checks the actor itself).
import { AssistanceTabs } from "@/components/assistance/assistance-tabs";

export default function AssistanceLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AssistanceTabs />
      {children}
    </>
  );
}
