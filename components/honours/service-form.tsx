"use client";
// Record or correct a service to a model worker (体检、疗休养、服务卡、走访慰问).
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ServiceCreateSchema, ServiceUpdateSchema, type ServiceDto } from "@/lib/honours/schema";
import { SERVICE_KINDS, SERVICE_KIND_LABELS, type ServiceKind } from "@/lib/honours/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch } from "../programmes/search";
import { applyServerErrors, changed } from "../programmes/form-errors";

type Values = { memberId?: string; kind: ServiceKind; servedOn: string; year: string | number; amount: string; notes: string };
const FIELDS = ["memberId", "kind", "servedOn", "year", "amount", "notes"] as const;

type Props = { mode: "create"; scopeId: number; defaultMember?: Picked | null } | { mode: "edit"; service: ServiceDto };

export function ServiceForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const s = isCreate ? null : props.service;
  const [serverError, setServerError] = useState<string | null>(null);
  const [member, setMember] = useState<Picked | null>(isCreate ? (props.defaultMember ?? null) : null);
  const scopeId = isCreate ? props.scopeId : undefined;
  const searchMembers = useMemo(() => memberSearch(scopeId), [scopeId]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? ServiceCreateSchema : (ServiceUpdateSchema as unknown as typeof ServiceCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: s
      ? { kind: s.kind, servedOn: s.servedOn, year: s.year, amount: s.amount ?? "", notes: s.notes ?? "" }
      : { memberId: isCreate ? props.defaultMember?.id : undefined, kind: "HEALTH_CHECK", servedOn: todayCST(), year: "", amount: "", notes: "" },
    mode: "onTouched",
  });

  async function onSubmit(values: Values) {
    setServerError(null);
    let body: Record<string, unknown>;
    if (isCreate) body = values;
    else {
      const { memberId: _m, ...rest } = values;
      body = changed(rest, { kind: s!.kind, servedOn: s!.servedOn, year: s!.year, amount: s!.amount, notes: s!.notes });
      if ("year" in body) body.year = Number(body.year);
      if (Object.keys(body).length === 0) return router.push("/honours/services");
    }
    const res = await apiRequest<ServiceDto>(isCreate ? "/api/v1/model-worker-services" : `/api/v1/model-worker-services/${s!.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    router.push(`/honours/services?q=${encodeURIComponent(res.data.memberName)}`);
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
        {isCreate ? (
          <Field id="s-member" label="劳模（会员）" required error={err("memberId")} hint="输入姓名、手机号或完整身份证号搜索">
            <Controller
              control={control}
              name="memberId"
              render={({ field }) => (
                <EntityPicker
                  value={member}
                  search={searchMembers}
                  listLabel="会员候选"
                  emptyText="没有匹配的会员"
                  onBlur={field.onBlur}
                  onChange={(m) => {
                    setMember(m);
                    field.onChange(m?.id);
                  }}
                  {...controlAria("s-member", err("memberId"), "hint")}
                />
              )}
            />
          </Field>
        ) : (
          <Field id="s-member-ro" label="劳模（会员）">
            <input id="s-member-ro" value={`${s!.memberName} · ${s!.orgName}`} readOnly disabled className={inputClass} />
          </Field>
        )}
        <Field id="s-kind" label="服务项目" required error={err("kind")}>
          <select {...register("kind")} {...controlAria("s-kind", err("kind"))} className={selectClass}>
            {SERVICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {SERVICE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="s-on" label="服务日期" required error={err("servedOn")}>
          <input {...register("servedOn")} {...controlAria("s-on", err("servedOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="s-year" label="服务年度" error={err("year")} hint="不填则取服务日期所在年度">
          <input {...register("year")} {...controlAria("s-year", err("year"), "hint")} type="number" inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="s-amount" label="费用（元）" error={err("amount")} hint="如 2600.00；无费用可不填">
          <input {...register("amount")} {...controlAria("s-amount", err("amount"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="s-notes" label="备注" error={err("notes")}>
          <input {...register("notes")} {...controlAria("s-notes", err("notes"))} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "登记服务" : "保存修改"}
        </Button>
        <Link href="/honours/services" className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
