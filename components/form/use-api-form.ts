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
import { changed } from "../programmes/form-errors";

export type ApiCall = { url: string; method?: "POST" | "PATCH" | "PUT" | "DELETE"; body?: unknown };
export type ExistingRecord = { label: string; href: string };

/** An edit form's PATCH: only the fields that differ from the record (a blank clears: null); null when nothing changed. */
export function patchChanged(url: string, values: Record<string, unknown>, current: Record<string, unknown>): ApiCall | null {
  const body = changed(values, current);
  return Object.keys(body).length ? { url, method: "PATCH", body } : null;
}

export type ApiFormOptions<S extends z.ZodType<unknown, FieldValues>, R> = {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  /** The API call for the valid values; null when nothing changed (the form just leaves). */
  request: (values: z.output<S>) => ApiCall | null;
  /** Where a save leads (usually the record's page); without it the page refreshes in place. */
  savedHref?: (data: R) => string;
  /** The next step offered beside 保存成功, e.g. { label: "继续登记", href: "/members/new" }. */
  next?: (data: R) => FlashMessage["next"];
  /** Instead of navigating (a form in a modal): called with the saved record. */
  onSaved?: (data: R) => void;
  savedMessage?: string;
  /** Where "nothing changed" leads (usually the cancel target). */
  unchangedHref?: string;
  /** A field whose conflict means "already recorded": look the existing record up (in the caller's scope) to link it. */
  duplicate?: { field: Path<z.input<S>>; find: (value: string) => Promise<ExistingRecord | null> };
};

export type ApiForm<S extends z.ZodType<unknown, FieldValues>> = {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  /** The server's message when the save failed. */
  serverError: string | null;
  /** The record a duplicate value belongs to, when the caller may see it. */
  existing: ExistingRecord | null;
  pending: boolean;
  /** The message of a field's error, for <Field error=…>. */
  err: (name: Path<z.input<S>>) => string | undefined;
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

export function useApiForm<S extends z.ZodType<unknown, FieldValues>, R = { id: string }>(opts: ApiFormOptions<S, R>): ApiForm<S> {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [existing, setExisting] = useState<ExistingRecord | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // zod 4 schemas type their input and output: the resolver needs no cast.
    // Generic over the schema, TypeScript cannot see that S is its own input/output pair: say so once here.
    resolver: zodResolver(opts.schema as unknown as z.ZodType<z.output<S>, z.input<S>>),
    defaultValues: opts.defaultValues,
    mode: "onTouched",
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    setExisting(null);
    const call = opts.request(values);
    if (!call) {
      if (opts.unchangedHref) router.push(opts.unchangedHref);
      return;
    }
    const res = await apiRequest<R>(call.url, { method: call.method ?? "POST", body: call.body });
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
    const flash: FlashMessage = { message: opts.savedMessage ?? "保存成功", next: opts.next?.(res.data) };
    if (opts.onSaved) {
      opts.onSaved(res.data);
      router.refresh();
      return;
    }
    // Without a page to move to, the message shows here at once.
    setFlash(flash, !opts.savedHref);
    if (opts.savedHref) router.push(opts.savedHref(res.data));
    router.refresh();
  });

  return {
    form,
    onSubmit,
    serverError,
    existing,
    pending: form.formState.isSubmitting,
    err: (name) => {
      let e: unknown = form.formState.errors;
      for (const part of String(name).split(".")) e = (e as Record<string, unknown> | undefined)?.[part];
      return (e as { message?: string } | undefined)?.message;
    },
  };
}
