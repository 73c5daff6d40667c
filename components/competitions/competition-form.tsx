"use client";
// Record (create) or correct (edit) a competition; same zod schemas as the API.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CompetitionCreateSchema, CompetitionUpdateSchema, splitTrades, type CompetitionDto } from "@/lib/competitions/schema";
import { COMPETITION_KINDS, COMPETITION_KIND_LABELS, COMPETITION_LEVELS, COMPETITION_LEVEL_LABELS, type CompetitionKind, type CompetitionLevel } from "@/lib/competitions/labels";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { orgSearch } from "../programmes/search";
import { applyServerErrors, changed } from "../programmes/form-errors";
import { setFlash } from "../form/flash";

type Values = {
  orgId?: number;
  name: string;
  kind: CompetitionKind;
  level: CompetitionLevel;
  organiser: string;
  startsOn: string;
  endsOn: string;
  trades: string[];
  notes: string;
};
const FIELDS = ["orgId", "name", "kind", "level", "organiser", "startsOn", "endsOn", "trades", "notes"] as const;

type Props = { mode: "create"; scopeId: number; defaultOrg: Picked } | { mode: "edit"; scopeId: number; competition: CompetitionDto };

const valuesOf = (c: CompetitionDto): Values => ({
  orgId: c.orgId,
  name: c.name,
  kind: c.kind,
  level: c.level,
  organiser: c.organiser,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  trades: c.trades,
  notes: c.notes ?? "",
});

export function CompetitionForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const c = isCreate ? null : props.competition;
  const [serverError, setServerError] = useState<string | null>(null);
  const [host, setHost] = useState<Picked | null>(c ? { id: String(c.orgId), name: c.orgName } : isCreate ? props.defaultOrg : null);
  const [tradesText, setTradesText] = useState(c ? c.trades.join("、") : "");
  const searchOrgs = useMemo(() => orgSearch(props.scopeId), [props.scopeId]);
  const today = todayCST();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? CompetitionCreateSchema : (CompetitionUpdateSchema as unknown as typeof CompetitionCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: c
      ? valuesOf(c)
      : {
          orgId: isCreate ? Number(props.defaultOrg.id) : undefined,
          name: "",
          kind: "SKILLS",
          level: "COUNTY",
          organiser: isCreate ? props.defaultOrg.name : "",
          startsOn: today,
          endsOn: today,
          trades: [],
          notes: "",
        },
    mode: "onTouched",
  });

  async function onSubmit(values: Values) {
    setServerError(null);
    let body: Record<string, unknown> = values;
    if (!isCreate) {
      const { trades, ...rest } = values;
      const { trades: was, ...restWas } = valuesOf(c!);
      body = changed(rest, restWas);
      if (trades.join("、") !== was.join("、")) body.trades = trades;
      if (Object.keys(body).length === 0) return router.push(`/competitions/${c!.id}`);
    }
    const res = await apiRequest<CompetitionDto>(isCreate ? "/api/v1/competitions" : `/api/v1/competitions/${c!.id}`, { method: isCreate ? "POST" : "PATCH", body });
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    setFlash({ message: "保存成功" });
    router.push(`/competitions/${res.data.id}`);
    router.refresh();
  }
  const err = (k: keyof Values) => errors[k]?.message as string | undefined;
  // A bad single trade is reported on its list element.
  const tradesError = err("trades") ?? (Array.isArray(errors.trades) ? errors.trades.find((e) => e?.message)?.message : undefined);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {serverError && (
        <Alert tone="error" title="保存失败">
          {serverError}
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field id="c-name" label="竞赛名称" required error={err("name")} hint="如：建湖县第十四届职工职业技能竞赛" className="md:col-span-2">
          <input {...register("name")} {...controlAria("c-name", err("name"), "hint")} className={inputClass} />
        </Field>
        <Field id="c-kind" label="竞赛类别" required error={err("kind")}>
          <select {...register("kind")} {...controlAria("c-kind", err("kind"))} className={selectClass}>
            {COMPETITION_KINDS.map((k) => (
              <option key={k} value={k}>
                {COMPETITION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="c-level" label="竞赛级别" required error={err("level")} hint="第一名可推荐同级别的荣誉">
          <select {...register("level")} {...controlAria("c-level", err("level"), "hint")} className={selectClass}>
            {COMPETITION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {COMPETITION_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="c-org" label="举办组织" required error={err("orgId")} hint="选手须是该组织及其下级工会的会员">
          <Controller
            control={control}
            name="orgId"
            render={({ field }) => (
              <EntityPicker
                value={host}
                search={searchOrgs}
                listLabel="组织候选"
                emptyText="没有匹配的组织"
                placeholder="输入组织名称搜索"
                onBlur={field.onBlur}
                onChange={(o) => {
                  setHost(o);
                  field.onChange(o ? Number(o.id) : undefined);
                }}
                {...controlAria("c-org", err("orgId"), "hint")}
              />
            )}
          />
        </Field>
        <Field id="c-organiser" label="主办单位" required error={err("organiser")} hint="推荐荣誉时作为授予单位">
          <input {...register("organiser")} {...controlAria("c-organiser", err("organiser"), "hint")} className={inputClass} />
        </Field>
        <Field id="c-start" label="开始日期" required error={err("startsOn")}>
          <input {...register("startsOn")} {...controlAria("c-start", err("startsOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="c-end" label="结束日期" required error={err("endsOn")}>
          <input {...register("endsOn")} {...controlAria("c-end", err("endsOn"))} type="date" className={inputClass} />
        </Field>
        <Field id="c-trades" label="竞赛工种" error={tradesError} hint="多个工种用顿号或逗号分隔，如：电工、焊工、育婴员；职业技能竞赛至少一个" className="md:col-span-2">
          <Controller
            control={control}
            name="trades"
            render={({ field }) => (
              <input
                value={tradesText}
                onChange={(e) => {
                  setTradesText(e.target.value);
                  field.onChange(splitTrades(e.target.value));
                }}
                onBlur={field.onBlur}
                {...controlAria("c-trades", tradesError, "hint")}
                className={inputClass}
              />
            )}
          />
        </Field>
        <Field id="c-notes" label="备注" error={err("notes")} className="md:col-span-2">
          <textarea {...register("notes")} {...controlAria("c-notes", err("notes"))} rows={3} className={inputClass} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "保存竞赛" : "保存修改"}
        </Button>
        <Link href={isCreate ? "/competitions" : `/competitions/${c!.id}`} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
