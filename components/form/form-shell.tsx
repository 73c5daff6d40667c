"use client";
// The form kit's frame: the <form> (no browser validation: the schema speaks),
// the server's message, the link to an existing record on a duplicate, the
// fields, and the submit/cancel footer with its pending state.
import Link from "next/link";
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { useHydrated } from "../ui/use-hydrated";
import type { ApiForm } from "./use-api-form";

type Props = {
  kit: Pick<ApiForm<FieldValues>, "onSubmit" | "serverError" | "existing" | "pending">;
  /** The submit button's words, e.g. "登记会员" or "保存修改". */
  submitLabel: string;
  /** A destructive step (冲正, 注销 …): the submit button says so. */
  danger?: boolean;
  /** Where 取消 leads; omit for no cancel link (or pass onCancel for a modal). */
  cancelHref?: string;
  onCancel?: () => void;
  children: ReactNode;
  className?: string;
  /** The form's accessible name, where a page has several forms. */
  label?: string;
  /** Words for a form that does not save: 正在提交… / 提交失败 (an application), 正在查询… / 查询失败 (a lookup). */
  pendingLabel?: string;
  failTitle?: string;
  /** A full-width submit button, for the phone-first public pages. */
  wide?: boolean;
};

export function FormShell({ kit, submitLabel, danger, cancelHref, onCancel, children, className = "space-y-6", label, pendingLabel = "正在保存…", failTitle = "保存失败", wide }: Props) {
  // A kit form only works through its script. Until the page has hydrated, its
  // fields and submit are held back (what is typed into the server's HTML can be
  // lost or doubled when the form takes over), and method="post" keeps a submit
  // that slips through from putting the fields — an ID number — in a URL and an
  // access log.
  const hydrated = useHydrated();
  return (
    // The fieldset (display: contents, so the form lays out as before) disables every control.
    <fieldset disabled={!hydrated} className="contents">
      <form onSubmit={kit.onSubmit} method="post" noValidate className={className} aria-label={label}>
        {kit.serverError && (
          <Alert tone="error" title={failTitle}>
            {kit.serverError}
            {kit.existing && (
              <>
                {" "}
                <Link href={kit.existing.href} className="font-medium text-sky-800 underline hover:text-brand">
                  查看已有记录：{kit.existing.label}
                </Link>
              </>
            )}
          </Alert>
        )}
        {children}
        <div className="flex flex-wrap gap-2 border-t border-line pt-5">
          <Button type="submit" variant={danger ? "danger" : "primary"} disabled={kit.pending} aria-busy={kit.pending || undefined} className={wide ? "w-full" : undefined}>
            {kit.pending ? pendingLabel : submitLabel}
          </Button>
          {cancelHref && (
            <Link href={cancelHref} className={buttonClass("secondary")}>
              取消
            </Link>
          )}
          {onCancel && (
            <Button type="button" onClick={onCancel}>
              取消
            </Button>
          )}
        </div>
      </form>
    </fieldset>
  );
}
