"use client";
// One form to record (create) or correct (edit) an honour, on the form kit. A
// personal honour names a member; a collective honour (工人先锋号) names a team
// and its union. The create schema is the form's one schema: editing starts
// from the record's own holder, so the holder rules hold and the PATCH sends
// only the fields that may change and did.
import { useWatch } from "react-hook-form";
import { HonourCreateSchema, type HonourDto } from "@/lib/honours/schema";
import { COLLECTIVE_TITLES, HOLDER_KINDS, HOLDER_KIND_LABELS, HONOUR_LEVELS, HONOUR_LEVEL_LABELS, HONOUR_TITLES, HONOUR_TITLE_LABELS } from "@/lib/honours/labels";
import { Field, FieldSet, controlAria, inputClass, selectClass } from "../ui/field";
import { patchChanged, useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; honour: HonourDto };

/** What HonourUpdateSchema lets a correction change (the holder never changes). */
const EDITABLE = ["title", "titleText", "level", "year", "awardingBody", "awardAmount", "notes"] as const;

export function HonourForm(props: Props) {
  const h = props.mode === "edit" ? props.honour : null;
  const cancelHref = h ? `/honours/${h.id}` : "/honours";
  const kit = useApiForm({
    schema: HonourCreateSchema,
    defaultValues: h
      ? {
          holder: h.holder,
          memberId: h.memberId ?? undefined,
          orgId: h.orgId,
          teamName: h.teamName ?? "",
          title: h.title,
          titleText: h.titleText,
          level: h.level,
          year: h.year,
          awardingBody: h.awardingBody,
          awardAmount: h.awardAmount ?? "",
          status: h.status,
          notes: h.notes ?? "",
        }
      : { holder: "MEMBER", teamName: "", title: "MODEL_WORKER", titleText: "", level: "COUNTY", year: new Date().getFullYear(), awardingBody: "", awardAmount: "", status: "AWARDED", notes: "" },
    request: (v) => {
      if (!h) {
        // Only the chosen holder's fields go: a team name typed before switching to 个人 is not sent.
        const body = v.holder === "MEMBER" ? { ...v, teamName: undefined, orgId: undefined } : { ...v, memberId: undefined };
        return { url: "/api/v1/honours", body };
      }
      const keys = h.holder === "TEAM" ? [...EDITABLE, "teamName" as const] : EDITABLE;
      return patchChanged(`/api/v1/honours/${h.id}`, Object.fromEntries(keys.map((k) => [k, v[k]])), h);
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/honours/${d.id}`,
  });
  const { register, control, setValue } = kit.form;
  const err = kit.err;
  const holder = useWatch({ control, name: "holder" });
  const title = useWatch({ control, name: "title" });

  return (
    <FormShell kit={kit} submitLabel={h ? "保存修改" : "登记荣誉"} cancelHref={cancelHref}>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">获得者</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {h ? (
            <Field id="h-holder-ro" label="获得者">
              <input id="h-holder-ro" value={`${h.memberName ?? h.teamName}（${HOLDER_KIND_LABELS[h.holder]}）`} readOnly disabled className={inputClass} />
            </Field>
          ) : (
            <FieldSet id="h-holder" legend="个人 / 集体" error={err("holder")}>
              <div className="flex gap-6">
                {HOLDER_KINDS.map((k) => (
                  <label key={k} className="flex items-center gap-2 text-[15px]">
                    <input
                      type="radio"
                      value={k}
                      {...register("holder", {
                        // The picker of the other holder kind goes away: its choice goes with it.
                        onChange: () => {
                          setValue("memberId", undefined);
                          setValue("orgId", undefined);
                        },
                      })}
                      className="h-4 w-4 accent-brand"
                    />
                    {HOLDER_KIND_LABELS[k]}
                  </label>
                ))}
              </div>
            </FieldSet>
          )}
          {!h && holder === "MEMBER" && (
            <PickerField kit={kit} kind="member" name="memberId" id="h-member" label="获得荣誉的会员" required hint="输入姓名、手机号或完整身份证号搜索" within={props.mode === "create" ? props.scopeId : undefined} />
          )}
          {holder === "TEAM" && (
            <Field id="h-team" label="集体名称" required error={err("teamName")} hint="如：××公司装配车间、××班组">
              <input {...register("teamName")} {...controlAria("h-team", err("teamName"), "hint")} className={inputClass} />
            </Field>
          )}
          {!h && holder === "TEAM" && <PickerField kit={kit} kind="org" name="orgId" id="h-org" label="所属工会" required within={props.mode === "create" ? props.scopeId : undefined} />}
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
          {!h && (
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
    </FormShell>
  );
}
