"use client";
// One form for registering (create) and editing a member. Validation uses the
// API's own zod schemas (MemberCreateSchema / MemberUpdateSchema); writes go to
// the JSON API only. Server field errors are put back on their fields and
// nothing typed is lost on failure.
import { useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { MemberCreateSchema, MemberUpdateSchema, type MemberDto } from "@/lib/members/schema";
import { MEMBER_GROUPS, MEMBER_GROUP_LABELS, SEX_LABELS, type MemberGroup } from "@/lib/members/labels";
import { parseIdNumber } from "@/lib/members/id-number";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button, buttonClass } from "../ui/button";
import { Field, FieldSet, controlAria, inputClass } from "../ui/field";
import { OrgPicker, type PickedOrg } from "../orgs/org-picker";

type Values = {
  name: string;
  idNumber?: string;
  phone: string;
  orgId?: number;
  joinedOn: string;
  groups: MemberGroup[];
  cardNo: string;
};

type Props =
  | { mode: "create"; scopeId: number; defaultOrg?: PickedOrg | null }
  | { mode: "edit"; member: MemberDto };

const FIELDS = ["name", "idNumber", "phone", "orgId", "joinedOn", "groups", "cardNo"] as const;
// Uniqueness conflicts come back keyed by database column; map them to form fields.
export function MemberForm(props: Props) {
  const router = useRouter();
  const isCreate = props.mode === "create";
  const [serverError, setServerError] = useState<string | null>(null);
  const [pickedOrg, setPickedOrg] = useState<PickedOrg | null>(isCreate ? (props.defaultOrg ?? null) : null);

  const defaults: Values = isCreate
    ? { name: "", idNumber: "", phone: "", orgId: props.defaultOrg?.id, joinedOn: todayCST(), groups: [], cardNo: "" }
    : {
        name: props.member.name,
        idNumber: undefined,
        phone: props.member.phone,
        joinedOn: props.member.joinedOn,
        groups: props.member.groups,
        cardNo: props.member.cardNo ?? "",
      };

  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    // Same schema object as the server; Values mirrors its input shape.
    resolver: zodResolver(isCreate ? MemberCreateSchema : (MemberUpdateSchema as unknown as typeof MemberCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: defaults,
    mode: "onTouched",
  });

  const idText = useWatch({ control, name: "idNumber" }) ?? "";
  const idInfo = idText.trim().length >= 15 ? parseIdNumber(idText) : null;
  const cancelHref = isCreate ? "/members" : `/members/${props.member.id}`;

  function changedFields(values: Values): Record<string, unknown> {
    if (isCreate) return values;
    const m = props.member;
    const out: Record<string, unknown> = {};
    if (values.name !== m.name) out.name = values.name;
    if (values.idNumber) out.idNumber = values.idNumber;
    if (values.phone !== m.phone) out.phone = values.phone;
    if (values.joinedOn !== m.joinedOn) out.joinedOn = values.joinedOn;
    const groups = values.groups ?? [];
    if ([...groups].sort().join() !== [...m.groups].sort().join()) out.groups = groups;
    // An emptied card number is cleared (null); the schema reads "" as "not given".
    const rawCard = (getValues("cardNo") ?? "").trim();
    if ((rawCard || null) !== m.cardNo) out.cardNo = rawCard ? values.cardNo : null;
    return out;
  }

  async function onSubmit(values: Values) {
    setServerError(null);
    const body = changedFields(values);
    if (!isCreate && Object.keys(body).length === 0) {
      router.push(cancelHref);
      return;
    }
    const res = await apiRequest<MemberDto>(isCreate ? "/api/v1/members" : `/api/v1/members/${props.member.id}`, {
      method: isCreate ? "POST" : "PATCH",
      body,
    });
    if (!res.ok) {
      setServerError(res.error.message);
      let first = true;
      for (const [field, message] of Object.entries(res.error.fields ?? {})) {
        if ((FIELDS as readonly string[]).includes(field)) {
          setError(field as keyof Values, { type: "server", message }, { shouldFocus: first && field !== "orgId" });
          first = false;
        }
      }
      return;
    }
    router.push(`/members/${res.data.id}`);
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
        <legend className="mb-3 text-base font-semibold text-gray-900">基本信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="m-name" label="姓名" required error={err("name")}>
            <input {...register("name")} {...controlAria("m-name", err("name"))} maxLength={20} autoComplete="off" className={inputClass} />
          </Field>
          <Field
            id="m-id"
            label="身份证号"
            required={isCreate}
            error={err("idNumber")}
            hint={
              idInfo?.ok ? (
                <span className="text-emerald-800">
                  出生日期 {idInfo.value.birthDate}，性别 {SEX_LABELS[idInfo.value.sex]}
                </span>
              ) : isCreate ? (
                "18位，最后一位可为 X；出生日期和性别由号码自动得出"
              ) : (
                `当前：${props.member.idMasked}。需要更正时填写完整号码`
              )
            }
          >
            <input
              {...register("idNumber", { setValueAs: (v: unknown) => (isCreate ? v : v === "" || v == null ? undefined : v) })}
              {...controlAria("m-id", err("idNumber"), "hint")}
              maxLength={18}
              autoComplete="off"
              spellCheck={false}
              placeholder={isCreate ? undefined : "不修改请留空"}
              className={`${inputClass} font-mono tracking-wide uppercase`}
            />
          </Field>
          <div aria-live="polite" className="sr-only">
            {idInfo?.ok ? `出生日期 ${idInfo.value.birthDate}，性别 ${SEX_LABELS[idInfo.value.sex]}` : ""}
          </div>
          <Field id="m-phone" label="手机号" required error={err("phone")}>
            <input {...register("phone")} {...controlAria("m-phone", err("phone"))} type="tel" inputMode="numeric" maxLength={11} autoComplete="off" className={inputClass} />
          </Field>
          <Field id="m-joined" label="入会日期" required error={err("joinedOn")}>
            <input {...register("joinedOn")} {...controlAria("m-joined", err("joinedOn"))} type="date" max={todayCST()} className={inputClass} />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">会籍信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {isCreate ? (
            <Field id="m-org" label="所在工会" required error={err("orgId")} hint="基层工会或村（社区）工会">
              <Controller
                control={control}
                name="orgId"
                render={({ field }) => (
                  <OrgPicker
                    value={pickedOrg}
                    within={props.scopeId}
                    onBlur={field.onBlur}
                    onChange={(o) => {
                      setPickedOrg(o);
                      field.onChange(o?.id);
                    }}
                    {...controlAria("m-org", err("orgId"), "hint")}
                    id="m-org"
                  />
                )}
              />
            </Field>
          ) : (
            <Field id="m-org" label="所在工会" hint="调整所在工会请使用“转会”办理，以保留转会记录">
              <input id="m-org" value={props.member.orgName} readOnly disabled aria-describedby="m-org-hint" className={inputClass} />
            </Field>
          )}
          <Field id="m-card" label="会员服务卡号" error={err("cardNo")} hint="8–20位数字，未办卡可不填">
            <input {...register("cardNo")} {...controlAria("m-card", err("cardNo"), "hint")} inputMode="numeric" maxLength={20} autoComplete="off" className={`${inputClass} font-mono`} />
          </Field>
        </div>
        <div className="mt-4">
          <FieldSet id="m-groups" legend="群体" error={err("groups")} hint="可多选，用于各项关爱政策的统计">
            <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
              {MEMBER_GROUPS.map((g) => (
                <label key={g} className="flex items-center gap-2 text-[15px] text-gray-800">
                  <input type="checkbox" value={g} {...register("groups")} className="h-4 w-4 accent-brand" />
                  {MEMBER_GROUP_LABELS[g]}
                </label>
              ))}
            </div>
          </FieldSet>
        </div>
      </fieldset>

      <div className="flex flex-wrap gap-2 border-t border-line pt-5">
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "登记会员" : "保存修改"}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          取消
        </Link>
      </div>
    </form>
  );
}
