"use client";
// "当前范围": the organisation the portal's pages work within. Choosing one submits
// the server action, which validates the id against the actor's subtree and sets
// the `scope` cookie. Works without JavaScript through the 切换 button.
import { useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { selectClass } from "../ui/field";

export type ScopeOption = { id: number; name: string; indent: number };

type Props = {
  options: ScopeOption[];
  currentId: number;
  action: (formData: FormData) => void | Promise<void>;
};

export function ScopeSwitcher({ options, currentId, action }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const pathname = usePathname();
  const [pending, setPending] = useState(false);
  return (
    <form
      ref={formRef}
      action={async (fd) => {
        setPending(true);
        try {
          await action(fd);
        } finally {
          setPending(false);
        }
      }}
      className="flex items-end gap-2"
    >
      <input type="hidden" name="returnTo" value={pathname} />
      <div className="min-w-0 flex-1">
        <label htmlFor="scope-select" className="mb-1 block text-xs font-medium text-muted">
          当前范围
        </label>
        <select
          id="scope-select"
          name="scopeId"
          defaultValue={String(currentId)}
          key={currentId}
          disabled={pending}
          onChange={() => formRef.current?.requestSubmit()}
          className={`${selectClass} px-2 py-1.5 text-sm`}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {"\u3000".repeat(o.indent)}
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <noscript>
        <button type="submit" className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm">
          切换
        </button>
      </noscript>
    </form>
  );
}
