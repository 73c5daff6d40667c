"use client";
// The form kit's hook: one zod schema (the API's own) drives react-hook-form
// with the schema's input type as the form's values (no casts), the valid
// values go to the JSON API, the server's field errors come back onto their
// fields, a conflict on a unique field (the same ID number) is answered with a
// link to the existing record when the caller may see it, and a save ends in
// 保存成功 with the next step where there is one. See README "List and form kits".
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { apiRequest, type ApiError } from "../api";
import { setFlash, type FlashMessage } from "./flash";

/** headers: e.g. an Idempotency-Key, so that a retried submit books money once. */
export type ApiCall = { url: string; method?: "POST" | "PATCH" | "PUT" | "DELETE"; body?: unknown; headers?: Record<string, string> };
export type ExistingRecord = { label: string; href: string };

/** Only the fields whose value differs from the record (for PATCH). Blank means "clear" (null). */
export function changed<T extends Record<string, unknown>>(values: T, current: Record<string, unknown>): Partial<Record<keyof T, unknown>> {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const [k, v] of Object.entries(values)) {
    const now = current[k] ?? "";
    const next = v === undefined || v === null ? "" : v;
    if (String(next) !== String(now)) out[k as keyof T] = next === "" ? null : next;
  }
  return out;
}

/** An edit form's PATCH: only the fields that differ from the record (a blank clears: null); null when nothing changed. */
export function patchChanged(url: string, values: Record<string, unknown>, current: Record<string, unknown>): ApiCall | null {
  const body = changed(values, current);
  return Object.keys(body).length ? { url, method: "PATCH", body } : null;
}

/** I: the form's values (the schema's z.input); O: what the schema makes of them and the API is sent (z.output). */
export type ApiFormOptions<I extends FieldValues, O, R> = {
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  /** The API call for the valid values; null when nothing changed (the form just leaves). */
  request: (values: O) => ApiCall | null;
  /** Where a save leads (usually the record's page); without it the page refreshes in place. */
  savedHref?: (data: R) => string;
  /** The next step offered beside 保存成功, e.g. { label: "继续登记", href: "/members/new" }. */
  next?: (data: R) => FlashMessage["next"];
  /** After a save that stays on the page (a form in a modal, a form that clears): called with the saved record. */
  onSaved?: (data: R) => void;
  /** Instead of 保存成功 (e.g. 已提交申请, or words naming the saved value). */
  savedMessage?: string | ((data: R) => string) | false;
  /** Where "nothing changed" leads (usually the cancel target). */
  unchangedHref?: string;
  /** false: the form shows what exists once (an activation code) and a refreshed page would drop it; the form refreshes when the user is done. */
  refresh?: boolean;
  /** Ask before sending: the valid values wait in `kit.confirmation` for a <ConfirmDialog>. */
  confirm?: boolean;
  /** A field whose conflict means "already recorded": look the existing record up (in the caller's scope) to link it. */
  duplicate?: { field: Path<I>; find: (value: string) => Promise<ExistingRecord | null> };
  /** Fields that leave the form (details of another kind, once hidden) leave its values too. */
  shouldUnregister?: boolean;
};

export type Confirmation<O> = { values: O; busy: boolean; confirm: () => Promise<void>; cancel: () => void };

export type ApiForm<I extends FieldValues, O = I> = {
  form: UseFormReturn<I, unknown, O>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  /** The server's message when the save failed. */
  serverError: string | null;
  /** The record a duplicate value belongs to, when the caller may see it. */
  existing: ExistingRecord | null;
  pending: boolean;
  /** With `confirm`: the values waiting to be confirmed, null when nothing waits. */
  confirmation: Confirmation<O> | null;
  /** The message of a field's error, for <Field error=…>. */
  err: (name: Path<I>) => string | undefined;
};

/** Puts the API's field errors on the form's fields (the first one focused); returns whether any landed. */
export function applyFieldErrors<V extends FieldValues>(error: ApiError, form: Pick<UseFormReturn<V>, "setError" | "getValues">): boolean {
  let first = true;
  const values = form.getValues() as Record<string, unknown>;
  for (const [k, message] of Object.entries(error.fields ?? {})) {
    if (!(k.split(".")[0] in values)) continue;
    form.setError(k as Path<V>, { type: "server", message }, { shouldFocus: first });
    first = false;
  }
  return !first;
}

/** The form's types come from the schema: `useApiForm({ schema, … })` needs no type arguments (annotate `savedHref`'s parameter for R). */
export function useApiForm<I extends FieldValues, O, R = { id: string }>(opts: ApiFormOptions<I, O, R>): ApiForm<I, O> {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [existing, setExisting] = useState<ExistingRecord | null>(null);
  const form = useForm<I, unknown, O>({
    resolver: zodResolver(opts.schema),
    defaultValues: opts.defaultValues,
    mode: "onTouched",
    shouldUnregister: opts.shouldUnregister,
  });

  // A consequential step (转会, 退会) asks first: the valid values wait here until confirmed.
  const [confirming, setConfirming] = useState<O | null>(null);
  const [sending, setSending] = useState(false);

  async function send(values: O) {
    setServerError(null);
    setExisting(null);
    const call = opts.request(values);
    if (!call) {
      if (opts.unchangedHref) router.push(opts.unchangedHref);
      return;
    }
    const res = await apiRequest<R>(call.url, { method: call.method ?? "POST", body: call.body, headers: call.headers });
    if (!res.ok) {
      setServerError(res.error.message);
      applyFieldErrors(res.error, form);
      const dup = opts.duplicate;
      if (dup && res.error.code === "CONFLICT" && res.error.fields?.[dup.field]) {
        const value = String(form.getValues(dup.field) ?? "");
        if (value) setExisting(await dup.find(value).catch(() => null));
      }
      return;
    }
    const saved = opts.savedMessage;
    // false: the page the form moves to says it in its own words (sign-in after activation).
    if (saved !== false) {
      const flash: FlashMessage = { message: (typeof saved === "function" ? saved(res.data) : saved) ?? "保存成功", next: opts.next?.(res.data) };
      // Without a page to move to (a form that stays, a modal), the message shows here at once.
      setFlash(flash, !opts.savedHref);
    }
    opts.onSaved?.(res.data);
    if (opts.savedHref) router.push(opts.savedHref(res.data));
    if (opts.refresh !== false) router.refresh();
  }

  const onSubmit = form.handleSubmit(async (values) => {
    if (opts.confirm) setConfirming(values);
    else await send(values);
  });

  const confirmation: Confirmation<O> | null =
    confirming === null
      ? null
      : {
          values: confirming,
          busy: sending,
          confirm: async () => {
            setSending(true);
            await send(confirming);
            setSending(false);
            setConfirming(null);
          },
          cancel: () => setConfirming(null),
        };

  return {
    form,
    onSubmit,
    serverError,
    existing,
    pending: form.formState.isSubmitting || sending,
    confirmation,
    err: (name) => {
      let e: unknown = form.formState.errors;
      for (const part of String(name).split(".")) e = (e as Record<string, unknown> | undefined)?.[part];
      return (e as { message?: string } | undefined)?.message;
    },
  };
}
