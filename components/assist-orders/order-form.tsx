"use client";
// Enter an enterprise's need (企业下单); the API's zod schema validates both sides.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { AssistOrderCreateSchema, type AssistOrderDetail } from "@/lib/assist-orders/schema";
import { ASSIST_TRADES, ASSIST_TRADE_LABELS, ASSIST_URGENCIES, ASSIST_URGENCY_LABELS } from "@/lib/assist-orders/labels";
import { STUDIO_KINDS, STUDIO_KIND_LABELS } from "@/lib/studios/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { enterpriseSearch, orgSearch } from "../programmes/search";
import { applyServerErrors } from "../programmes/form-errors";

type Values = {
  enterpriseId: string;
  orgId?: number;
  trade: string;
  field: string;
  title: string;
  description: string;
  urgency: string;
  preferredStudioKind: string;
  contactName: string;
  contactPhone: string;
  requestedOn: string;
};
const FIELDS = ["enterpriseId", "orgId", "trade", "field", "title", "description", "urgency", "preferredStudioKind", "contactName", "contactPhone", "requestedOn"] as const;

export function AssistOrderForm({ scopeId, defaultOrg }: { scopeId: number; defaultOrg: Picked }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [org, setOrg] = useState<Picked | null>(defaultOrg);
  const [enterprise, setEnterprise] = useState<Picked | null>(null);
  const searchOrgs = useMemo(() => orgSearch(scopeId), [scopeId]);
  const searchEnterprises = useMemo(() => enterpriseSearch(), []);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(AssistOrderCreateSchema) as unknown as Resolver<Values>,
    defaultValues: { enterpriseId: "", orgId: Number(defaultOrg.id), trade: "", field: "", title: "", description: "", urgency: "NORMAL", preferredStudioKind: "", contactName: "", contactPhone: "", requestedOn: todayCST() },
    mode: "onTouched",
  });

  async function onSubmit(values: Values) {
    setServerError(null);
    const res = await apiRequest<AssistOrderDetail>("/api/v1/assist-orders", { method: "POST", body: values });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    router.push(`/assist-orders/${res.data.id}`);
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
        <Field id="o-ent" label="企业" required error={err("enterpriseId")} hint="从企业名录中选择">
          <Controller
            control={control}
            name="enterpriseId"
            render={({ field }) => (
              <EntityPicker
                value={enterprise}
                search={searchEnterprises}
                listLabel="企业候选"
                emptyText="没有匹配的企业"
                placeholder="输入企业名称搜索"
                onBlur={field.onBlur}
                onChange={(e) => {
                  setEnterprise(e);
                  field.onChange(e ? e.id : "");
                }}
                {...controlAria("o-ent", err("enterpriseId"), "hint")}
              />
            )}
          />
        </Field>
        <Field id="o-org" label="受理工会" required error={err("orgId")} hint="本单位或下级工会；看板按受理工会统计">
          <Controller
            control={control}
            name="orgId"
            render={({ field }) => (
              <EntityPicker
                value={org}
                search={searchOrgs}
                listLabel="组织候选"
                emptyText="没有匹配的组织"
                placeholder="输入组织名称搜索"
                onBlur={field.onBlur}
                onChange={(o) => {
                  setOrg(o);
                  field.onChange(o ? Number(o.id) : undefined);
                }}
                {...controlAria("o-org", err("orgId"), "hint")}
              />
            )}
          />
        </Field>
        <Field id="o-trade" label="技术领域（行业）" required error={err("trade")}>
          <select {...register("trade")} {...controlAria("o-trade", err("trade"))} className={selectClass}>
            <option value="">请选择</option>
            {ASSIST_TRADES.map((t) => (
              <option key={t} value={t}>
                {ASSIST_TRADE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="o-field" label="具体领域" required error={err("field")} hint="如 数控加工精度、焊接工艺">
          <input {...register("field")} {...controlAria("o-field", err("field"), "hint")} maxLength={100} className={inputClass} />
        </Field>
        <Field id="o-title" label="问题概述" required error={err("title")} className="md:col-span-2">
          <input {...register("title")} {...controlAria("o-title", err("title"))} maxLength={100} className={inputClass} />
        </Field>
        <Field id="o-desc" label="问题描述" required error={err("description")} className="md:col-span-2">
          <textarea {...register("description")} {...controlAria("o-desc", err("description"))} rows={4} maxLength={2000} className={inputClass} />
        </Field>
        <Field id="o-urg" label="紧急程度" required error={err("urgency")}>
          <select {...register("urgency")} {...controlAria("o-urg", err("urgency"))} className={selectClass}>
            {ASSIST_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {ASSIST_URGENCY_LABELS[u]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="o-kind" label="希望的工作室类型" error={err("preferredStudioKind")}>
          <select {...register("preferredStudioKind")} {...controlAria("o-kind", err("preferredStudioKind"))} className={selectClass}>
            <option value="">不限</option>
            {STUDIO_KINDS.map((k) => (
              <option key={k} value={k}>
                {STUDIO_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="o-cname" label="企业联系人" required error={err("contactName")}>
          <input {...register("contactName")} {...controlAria("o-cname", err("contactName"))} maxLength={50} className={inputClass} />
        </Field>
        <Field id="o-cphone" label="联系电话" required error={err("contactPhone")} hint="手机号或 0515-88888888">
          <input {...register("contactPhone")} {...controlAria("o-cphone", err("contactPhone"), "hint")} inputMode="tel" maxLength={20} className={inputClass} />
        </Field>
        <Field id="o-date" label="下单日期" required error={err("requestedOn")}>
          <input {...register("requestedOn")} {...controlAria("o-date", err("requestedOn"))} type="date" className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : "保存需求"}
        </Button>
        <Link href="/assist-orders" className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
