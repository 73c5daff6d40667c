"use client";
// One form to record (create) or correct (edit) an honour, validated with the
// API's own schemas. A personal honour names a member; a collective honour
// (工人先锋号) names a team and its union.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { HonourCreateSchema, HonourUpdateSchema, type HonourDto } from "@/lib/honours/schema";
import { COLLECTIVE_TITLES, HOLDER_KINDS, HOLDER_KIND_LABELS, HONOUR_LEVELS, HONOUR_LEVEL_LABELS, HONOUR_TITLES, HONOUR_TITLE_LABELS, type HonourTitle } from "@/lib/honours/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, FieldSet, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch, orgSearch } from "../programmes/search";
import { applyServerErrors, changed } from "../programmes/form-errors";
import { setFlash } from "../form/flash";

type Values = {
  holder: "MEMBER" | "TEAM";
  memberId?: string;
  teamName: string;
  orgId?: number;
  title: HonourTitle;
  titleText: string;
  level: (typeof HONOUR_LEVELS)[number];
  year: number | string;
  awardingBody: string;
  awardAmount: string;
  status: "AWARDED" | "NOMINATED";
  notes: string;
};
const FIELDS = ["holder", "memberId", "teamName", "orgId", "title", "titleText", "level", "year", "awardingBody", "awardAmount", "notes"] as const;

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; honour: HonourDto };

export function HonourForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const h = isCreate ? null : props.honour;
  const [serverError, setServerError] = useState<string | null>(null);
  const [member, setMember] = useState<Picked | null>(null);
  const [org, setOrg] = useState<Picked | null>(null);
  const scopeId = isCreate ? props.scopeId : undefined;
  const searchMembers = useMemo(() => memberSearch(scopeId), [scopeId]);
  const searchOrgs = useMemo(() => orgSearch(scopeId), [scopeId]);

  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? HonourCreateSchema : (HonourUpdateSchema as unknown as typeof HonourCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: h
      ? { holder: h.holder, teamName: h.teamName ?? "", title: h.title, titleText: h.titleText, level: h.level, year: h.year, awardingBody: h.awardingBody, awardAmount: h.awardAmount ?? "", status: h.status, notes: h.notes ?? "" }
      : { holder: "MEMBER", teamName: "", title: "MODEL_WORKER", titleText: "", level: "COUNTY", year: new Date().getFullYear(), awardingBody: "", awardAmount: "", status: "AWARDED", notes: "" },
    mode: "onTouched",
  });
  const holder = useWatch({ control, name: "holder" });
  const title = useWatch({ control, name: "title" });

  async function onSubmit(values: Values) {
    setServerError(null);
    let body: Record<string, unknown>;
    if (isCreate) {
      body = { ...values };
      if (values.holder === "MEMBER") {
        delete body.teamName;
        delete body.orgId;
      } else delete body.memberId;
    } else {
      const { holder: _h, memberId: _m, orgId: _o, status: _s, ...rest } = values;
      body = changed(rest, { teamName: h!.teamName, title: h!.title, titleText: h!.titleText, level: h!.level, year: h!.year, awardingBody: h!.awardingBody, awardAmount: h!.awardAmount, notes: h!.notes });
      if (h!.holder === "MEMBER") delete body.teamName;
      if ("year" in body) body.year = Number(body.year);
      if (Object.keys(body).length === 0) return router.push(`/honours/${h!.id}`);
    }
    const res = await apiRequest<HonourDto>(isCreate ? "/api/v1/honours" : `/api/v1/honours/${h!.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/honours/${res.data.id}`);
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
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">获得者</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {isCreate ? (
            <FieldSet id="h-holder" legend="个人 / 集体" error={err("holder")}>
              <div className="flex gap-6">
                {HOLDER_KINDS.map((k) => (
                  <label key={k} className="flex items-center gap-2 text-[15px]">
                    <input type="radio" value={k} {...register("holder")} className="h-4 w-4 accent-brand" />
                    {HOLDER_KIND_LABELS[k]}
                  </label>
                ))}
              </div>
            </FieldSet>
          ) : (
            <Field id="h-holder-ro" label="获得者">
              <input id="h-holder-ro" value={`${h!.memberName ?? h!.teamName}（${HOLDER_KIND_LABELS[h!.holder]}）`} readOnly disabled className={inputClass} />
            </Field>
          )}
          {isCreate && holder === "MEMBER" && (
            <Field id="h-member" label="获得荣誉的会员" required error={err("memberId")} hint="输入姓名、手机号或完整身份证号搜索">
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
                    {...controlAria("h-member", err("memberId"), "hint")}
                  />
                )}
              />
            </Field>
          )}
          {holder === "TEAM" && (
            <Field id="h-team" label="集体名称" required error={err("teamName")} hint="如：××公司装配车间、××班组">
              <input {...register("teamName")} {...controlAria("h-team", err("teamName"), "hint")} className={inputClass} />
            </Field>
          )}
          {isCreate && holder === "TEAM" && (
            <Field id="h-org" label="所属工会" required error={err("orgId")}>
              <Controller
                control={control}
                name="orgId"
                render={({ field }) => (
                  <EntityPicker
                    value={org}
                    search={searchOrgs}
                    listLabel="工会候选"
                    emptyText="没有匹配的工会"
                    placeholder="输入工会名称搜索"
                    onBlur={field.onBlur}
                    onChange={(o) => {
                      setOrg(o);
                      field.onChange(o ? Number(o.id) : undefined);
                    }}
                    {...controlAria("h-org", err("orgId"))}
                  />
                )}
              />
            </Field>
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">荣誉</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="h-title" label="荣誉称号" required error={err("title")}>
            <select {...register("title")} {...controlAria("h-title", err("title"))} className={selectClass}>
              {HONOUR_TITLES.map((t) => (
                <option key={t} value={t}>
                  {HONOUR_TITLE_LABELS[t]}
                  {COLLECTIVE_TITLES.includes(t) ? "（集体）" : ""}
                </option>
              ))}
            </select>
          </Field>
          <Field id="h-text" label="称号全称" error={err("titleText")} hint={`如“建湖工匠”“盐城市劳动模范”；不填则为“${HONOUR_TITLE_LABELS[title] ?? ""}”`}>
            <input {...register("titleText")} {...controlAria("h-text", err("titleText"), "hint")} className={inputClass} />
          </Field>
          <Field id="h-level" label="级别" required error={err("level")}>
            <select {...register("level")} {...controlAria("h-level", err("level"))} className={selectClass}>
              {HONOUR_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {HONOUR_LEVEL_LABELS[l]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="h-year" label="授予年度" required error={err("year")}>
            <input {...register("year")} {...controlAria("h-year", err("year"))} type="number" inputMode="numeric" min={1949} max={2100} className={inputClass} />
          </Field>
          <Field id="h-body" label="授予单位" required error={err("awardingBody")}>
            <input {...register("awardingBody")} {...controlAria("h-body", err("awardingBody"))} className={inputClass} />
          </Field>
          <Field id="h-amount" label="奖励金额（元）" error={err("awardAmount")} hint="如 2000 或 2000.00；无奖金可不填">
            <input {...register("awardAmount")} {...controlAria("h-amount", err("awardAmount"), "hint")} inputMode="decimal" className={inputClass} />
          </Field>
          {isCreate && (
            <Field id="h-status" label="状态" error={err("status")}>
              <select {...register("status")} {...controlAria("h-status", err("status"))} className={selectClass}>
                <option value="AWARDED">已授予</option>
                <option value="NOMINATED">提名（待确认）</option>
              </select>
            </Field>
          )}
          <Field id="h-notes" label="备注" error={err("notes")} className="md:col-span-2">
            <textarea {...register("notes")} {...controlAria("h-notes", err("notes"))} rows={2} className={inputClass} />
          </Field>
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "登记荣誉" : "保存修改"}
        </Button>
        <Link href={isCreate ? "/honours" : `/honours/${h!.id}`} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
