"use client";
// Record (create) or correct (edit) a competition on the form kit. The create
// schema is the form's one schema (an edit starts from the record, so the same
// rules hold); an edit sends only what changed.
import { useState } from "react";
import { Controller } from "react-hook-form";
import { CompetitionCreateSchema, splitTrades, type CompetitionDto } from "@/lib/competitions/schema";
import { COMPETITION_KINDS, COMPETITION_KIND_LABELS, COMPETITION_LEVELS, COMPETITION_LEVEL_LABELS } from "@/lib/competitions/labels";
import { todayCST } from "@/lib/dates";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import type { Picked } from "../programmes/entity-picker";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { mode: "create"; scopeId: number; defaultOrg: Picked } | { mode: "edit"; scopeId: number; competition: CompetitionDto };

export function CompetitionForm(props: Props) {
  const c = props.mode === "edit" ? props.competition : null;
  const [tradesText, setTradesText] = useState(c ? c.trades.join("、") : "");
  const today = todayCST();
  const cancelHref = c ? `/competitions/${c.id}` : "/competitions";
  const kit = useApiForm({
    schema: CompetitionCreateSchema,
    defaultValues: c
      ? { orgId: c.orgId, name: c.name, kind: c.kind, level: c.level, organiser: c.organiser, startsOn: c.startsOn, endsOn: c.endsOn, trades: c.trades, notes: c.notes ?? "" }
      : {
          orgId: props.mode === "create" ? Number(props.defaultOrg.id) : undefined,
          name: "",
          kind: "SKILLS",
          level: "COUNTY",
          organiser: props.mode === "create" ? props.defaultOrg.name : "",
          startsOn: today,
          endsOn: today,
          trades: [],
          notes: "",
        },
    // Trades compare as text: a trade name holds no comma, so "电工,焊工" is the list exactly.
    request: (v) => (c ? patchChanged(`/api/v1/competitions/${c.id}`, v, c) : { url: "/api/v1/competitions", body: v }),
    unchangedHref: cancelHref,
    savedHref: (d) => `/competitions/${d.id}`,
  });
  const { register, control } = kit.form;
  const err = kit.err;
  const errors = kit.form.formState.errors;
  // A bad single trade is reported on its list element.
  const tradesError = err("trades") ?? (Array.isArray(errors.trades) ? errors.trades.find((e) => e?.message)?.message : undefined);

  return (
    <FormShell kit={kit} submitLabel={c ? "保存修改" : "保存竞赛"} cancelHref={cancelHref}>
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
        <PickerField kit={kit} kind="org" name="orgId" id="c-org" label="举办组织" required hint="选手须是该组织及其下级工会的会员" within={props.scopeId} initial={c ? { id: String(c.orgId), name: c.orgName } : props.mode === "create" ? props.defaultOrg : null} />
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
    </FormShell>
  );
}
