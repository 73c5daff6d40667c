"use client";
// One form for registering (create) and editing a member, on the form kit: the
// API's own schema validates in the browser, server field errors land on their
// fields, a duplicate ID number links to the member already registered (when
// the caller may see them), and a registration ends in 保存成功 · 继续登记.
import { useWatch } from "react-hook-form";
import { MemberCreateSchema, type MemberDto, type MemberListItem } from "@/lib/members/schema";
import { MEMBER_GROUPS, MEMBER_GROUP_LABELS, MEMBER_STATUS_ALL, SEX_LABELS } from "@/lib/members/labels";
import { parseIdNumber } from "@/lib/members/id-number";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Field, FieldSet, controlAria, inputClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { PickerField } from "../form/picker-field";
import type { PickedOrg } from "../orgs/org-picker";

// Editing leaves the ID number blank unless it is corrected, and the union changes only by transfer;
// registering without them is refused by the server onto the same fields.
const MemberFormSchema = MemberCreateSchema.partial({ idNumber: true, orgId: true });

type Props =
  | { mode: "create"; scopeId: number; defaultOrg?: PickedOrg | null }
  | { mode: "edit"; member: MemberDto };

/** The member already registered with this ID number (in any status: 退会 too), if the caller's scope includes them. */
async function findByIdNumber(idNumber: string) {
  const r = await apiRequest<{ data: MemberListItem[] }>(`/api/v1/members?${new URLSearchParams({ q: idNumber.trim(), pageSize: "1", status: MEMBER_STATUS_ALL })}`);
  const m = r.ok ? r.data.data[0] : undefined;
  return m ? { label: `${m.name}（${m.orgName}）`, href: `/members/${m.id}` } : null;
}

export function MemberForm(props: Props) {
  const isCreate = props.mode === "create";
  const m = isCreate ? null : props.member;
  const cancelHref = m ? `/members/${m.id}` : "/members";

  const kit = useApiForm({
    schema: MemberFormSchema,
    defaultValues: m
      ? { name: m.name, idNumber: undefined, phone: m.phone, joinedOn: m.joinedOn, groups: m.groups, cardNo: m.cardNo ?? "" }
      : { name: "", idNumber: "", phone: "", orgId: isCreate ? props.defaultOrg?.id : undefined, joinedOn: todayCST(), groups: [], cardNo: "" },
    request: (v) => {
      if (!m) return { url: "/api/v1/members", method: "POST", body: v };
      const body: Record<string, unknown> = {};
      if (v.name !== m.name) body.name = v.name;
      if (v.idNumber) body.idNumber = v.idNumber;
      if (v.phone !== m.phone) body.phone = v.phone;
      if (v.joinedOn !== m.joinedOn) body.joinedOn = v.joinedOn;
      if ([...v.groups].sort().join() !== [...m.groups].sort().join()) body.groups = v.groups;
      // An emptied card number is cleared (null); the schema reads "" as "not given".
      if ((v.cardNo ?? null) !== m.cardNo) body.cardNo = v.cardNo ?? null;
      return Object.keys(body).length ? { url: `/api/v1/members/${m.id}`, method: "PATCH", body } : null;
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/members/${d.id}`,
    next: () => (isCreate ? { label: "继续登记", href: "/members/new" } : undefined),
    duplicate: { field: "idNumber", find: findByIdNumber },
  });
  const { register, control } = kit.form;
  const err = kit.err;

  const idText = useWatch({ control, name: "idNumber" }) ?? "";
  const idInfo = idText.trim().length >= 15 ? parseIdNumber(idText) : null;

  return (
    <FormShell kit={kit} submitLabel={isCreate ? "登记会员" : "保存修改"} cancelHref={cancelHref}>
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
              ) : m ? (
                `当前：${m.idMasked}。需要更正时填写完整号码`
              ) : (
                "18位，最后一位可为 X；出生日期和性别由号码自动得出"
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
            <PickerField kit={kit} kind="union" name="orgId" id="m-org" label="所在工会" required hint="基层工会或村（社区）工会" within={props.scopeId} initial={props.defaultOrg ? { id: String(props.defaultOrg.id), name: props.defaultOrg.name } : null} />
          ) : (
            <Field id="m-org" label="所在工会" hint="调整所在工会请使用“转会”办理，以保留转会记录">
              <input id="m-org" value={m!.orgName} readOnly disabled aria-describedby="m-org-hint" className={inputClass} />
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
    </FormShell>
  );
}
