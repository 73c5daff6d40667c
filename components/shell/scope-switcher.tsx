"use client";
// "当前范围": the organisation the portal's pages work within. Choosing one submits
// the server action, which validates the id against the actor's subtree and sets
// the `scope` cookie. The form takes the action itself, so React renders it to
// post without JavaScript too, through the 切换 button.
import { useFormStatus } from "react-dom";
import { usePathname } from "next/navigation";
import { selectClass } from "../ui/field";
import { buttonClass } from "../ui/button-class";
import type { ScopeOption } from "@/lib/orgs/scope-options";

type Props = {
  options: ScopeOption[];
  currentId: number;
  action: (formData: FormData) => void | Promise<void>;
};

function ScopeSelect({ options, currentId }: Omit<Props, "action">) {
  const { pending } = useFormStatus();
  return (
    <select id="scope-select" name="scopeId" defaultValue={String(currentId)} key={currentId} disabled={pending} onChange={(e) => e.currentTarget.form?.requestSubmit()} className={`${selectClass} scope-select`}>
      {options.map(([id, name, indent]) => (
        <option key={id} value={id}>
          {"\u3000".repeat(indent) + name}
        </option>
      ))}
    </select>
  );
}

export function ScopeSwitcher({ options, currentId, action }: Props) {
  const pathname = usePathname();
  return (
    <form action={action} className="scope-switcher">
      <input type="hidden" name="returnTo" value={pathname} />
      <div>
        <label htmlFor="scope-select">当前范围</label>
        <ScopeSelect options={options} currentId={currentId} />
      </div>
      <noscript>
        <button type="submit" className={buttonClass("secondary", "sm")}>
          切换
        </button>
      </noscript>
    </form>
  );
}
