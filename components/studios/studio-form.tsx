"use client";
// Name (create) or correct (edit) an innovation studio; same zod schemas as the API.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { StudioCreateSchema, StudioUpdateSchema, type StudioDto } from "@/lib/studios/schema";
import { STUDIO_KINDS, STUDIO_KIND_LABELS, STUDIO_LEVELS, STUDIO_LEVEL_LABELS, type StudioKind } from "@/lib/studios/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch, orgSearch } from "../programmes/search";
import { applyServerErrors, changed } from "../programmes/form-errors";
import { setFlash } from "../form/flash";

type Values = { name: string; kind: StudioKind; level: (typeof STUDIO_LEVELS)[number]; leadMemberId?: string; orgId?: number; foundedOn: string; description: string };
const FIELDS = ["name", "kind", "level", "leadMemberId", "orgId", "foundedOn", "description"] as const;

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; scopeId: number; studio: StudioDto };

export function StudioForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const st = isCreate ? null : props.studio;
  const [serverError, setServerError] = useState<string | null>(null);
  const [lead, setLead] = useState<Picked | null>(st ? { id: st.leadMemberId, name: st.leadName } : null);
  const [host, setHost] = useState<Picked | null>(st ? { id: String(st.orgId), name: st.orgName } : null);
  const searchMembers = useMemo(() => memberSearch(props.scopeId), [props.scopeId]);
  const searchHosts = useMemo(() => orgSearch(props.scopeId, ["GRASSROOTS"]), [props.scopeId]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? StudioCreateSchema : (StudioUpdateSchema as unknown as typeof StudioCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: st
      ? { name: st.name, kind: st.kind, level: st.level, leadMemberId: st.leadMemberId, orgId: st.orgId, foundedOn: st.foundedOn, description: st.description ?? "" }
      : { name: "", kind: "MODEL_WORKER", level: "COUNTY", foundedOn: "", description: "" },
    mode: "onTouched",
  });

  async function onSubmit(values: Values) {
    setServerError(null);
    const body = isCreate
      ? values
      : changed(values, { name: st!.name, kind: st!.kind, level: st!.level, leadMemberId: st!.leadMemberId, orgId: st!.orgId, foundedOn: st!.foundedOn, description: st!.description });
    if (!isCreate && Object.keys(body).length === 0) return router.push(`/studios/${st!.id}`);
    const res = await apiRequest<StudioDto>(isCreate ? "/api/v1/studios" : `/api/v1/studios/${st!.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/studios/${res.data.id}`);
    router.refresh();
  }
  const err = (k: keyof Values) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {serverError && (
        <Alert tone="error" title="保存失败">
          {serverError}
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="st-name" label="工作室名称" required error={err("name")} hint="如：王建华劳模创新工作室">
          <input {...register("name")} {...controlAria("st-name", err("name"), "hint")} maxLength={100} className={inputClass} />
        </Field>
        <Field id="st-kind" label="类别" required error={err("kind")}>
          <select {...register("kind")} {...controlAria("st-kind", err("kind"))} className={selectClass}>
            {STUDIO_KINDS.map((k) => (
              <option key={k} value={k}>
                {STUDIO_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="st-level" label="级别" required error={err("level")}>
          <select {...register("level")} {...controlAria("st-level", err("level"))} className={selectClass}>
            {STUDIO_LEVELS.map((l) => (
              <option key={l} value={l}>
                {STUDIO_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="st-founded" label="命名日期" required error={err("foundedOn")}>
          <input {...register("foundedOn")} {...controlAria("st-founded", err("foundedOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="st-lead" label="领衔人（劳模、工匠）" required error={err("leadMemberId")} hint="输入姓名、手机号或完整身份证号搜索">
          <Controller
            control={control}
            name="leadMemberId"
            render={({ field }) => (
              <EntityPicker
                value={lead}
                search={searchMembers}
                listLabel="会员候选"
                emptyText="没有匹配的会员"
                onBlur={field.onBlur}
                onChange={(m) => {
                  setLead(m);
                  field.onChange(m?.id);
                }}
                {...controlAria("st-lead", err("leadMemberId"), "hint")}
              />
            )}
          />
        </Field>
        <Field id="st-host" label="依托企业工会" required error={err("orgId")} hint="基层（企业）工会">
          <Controller
            control={control}
            name="orgId"
            render={({ field }) => (
              <EntityPicker
                value={host}
                search={searchHosts}
                listLabel="工会候选"
                emptyText="没有匹配的基层工会"
                placeholder="输入企业或工会名称搜索"
                onBlur={field.onBlur}
                onChange={(o) => {
                  setHost(o);
                  field.onChange(o ? Number(o.id) : undefined);
                }}
                {...controlAria("st-host", err("orgId"), "hint")}
              />
            )}
          />
        </Field>
        <Field id="st-desc" label="简介" error={err("description")} className="md:col-span-2">
          <textarea {...register("description")} {...controlAria("st-desc", err("description"))} rows={3} maxLength={1000} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "命名工作室" : "保存修改"}
        </Button>
        <Link href={isCreate ? "/studios" : `/studios/${st!.id}`} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
