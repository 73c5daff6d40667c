"use client";
// One form for a new grant (draft) and for editing a draft, on the form kit with
// the API's own schema. The kind decides which details are asked for (the
// admission for 金秋助学, the member's studies for 学历提升, the hospital bill for
// 医疗救助) and whether a hardship file is needed. Stored details are never sent
// to the browser: on edit they are replaced only when "修改申请详情" is ticked.
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { GrantFieldsSchema, addGrantDetailsIssues, type GrantDetails, type GrantDto, type PolicyDto } from "@/lib/assistance/schema";
import { GRANT_KINDS, GRANT_KIND_LABELS, type GrantKind } from "@/lib/assistance/labels";
import { formatYuan } from "@/lib/money";
import { HARDSHIP_STATUS_LABELS, HARDSHIP_CATEGORY_LABELS } from "@/lib/hardship/labels";
import type { HardshipFileDto } from "@/lib/hardship/schema";
import { apiRequest } from "../api";
import { Field, controlAria, selectClass } from "../ui/field";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { ChoiceField, TextField } from "../form/fields";
import { changed } from "../programmes/form-errors";
import { AssistedMemberField } from "./member-field";

// The member is chosen only for a new grant; details left out (a draft edited without
// "修改申请详情") keep the stored ones, so the kind's rules apply to details given.
const GrantFormSchema = GrantFieldsSchema.partial({ memberId: true }).superRefine((v, ctx) => {
  if (v.details) addGrantDetailsIssues(v, ctx);
});

type Detail = { name: keyof GrantDetails; label: string; required?: boolean; hint?: string; money?: boolean; year?: boolean };
const DETAILS: Partial<Record<GrantKind, Detail[]>> = {
  EDUCATION: [
    { name: "childName", label: "子女姓名", required: true },
    { name: "school", label: "录取学校", required: true },
    { name: "admissionYear", label: "入学年份", required: true, year: true },
    { name: "major", label: "录取专业" },
    { name: "admissionNo", label: "录取通知书编号" },
  ],
  EDUCATION_UPGRADE: [
    { name: "school", label: "就读学校", required: true },
    { name: "major", label: "就读专业", required: true },
    { name: "admissionYear", label: "入学年份", required: true, year: true },
  ],
  MEDICAL: [
    { name: "hospital", label: "就诊医院", required: true },
    { name: "billTotal", label: "医疗费用总额（元）", required: true, hint: "救助金额不能超过费用总额", money: true },
    { name: "selfPaid", label: "个人自付金额（元）", money: true },
    { name: "diagnosis", label: "病情诊断" },
  ],
};
const EMPTY = { childName: "", school: "", admissionYear: "", major: "", admissionNo: "", hospital: "", billTotal: "", selfPaid: "", diagnosis: "", note: "" };

type Props = { policies: PolicyDto[] } & ({ mode: "create"; scopeId: number } | { mode: "edit"; grant: GrantDto });

export function GrantForm(props: Props) {
  const g = props.mode === "edit" ? props.grant : null;
  const [editDetails, setEditDetails] = useState(!g);
  const cancelHref = g ? `/assistance/grants/${g.id}` : "/assistance/grants";
  const kit = useApiForm({
    schema: GrantFormSchema,
    defaultValues: g ? { kind: g.kind, amount: g.amount, reason: g.reason, fileId: g.fileId ?? "", details: EMPTY } : { memberId: undefined, kind: undefined, amount: "", reason: "", fileId: "", details: EMPTY },
    request: (v) => {
      const { details, ...facts } = v;
      const given = details && Object.values(details).some((x) => x !== undefined) ? details : undefined;
      if (!g) return { url: "/api/v1/grants", body: { ...facts, details: given } };
      const body = { ...changed({ kind: v.kind, amount: v.amount, reason: v.reason, fileId: v.fileId }, g), ...(showDetails ? { details: details ?? {} } : {}) };
      return Object.keys(body).length ? { url: `/api/v1/grants/${g.id}`, method: "PATCH", body: { ...body, version: g.version } } : null;
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/assistance/grants/${d.id}`,
    shouldUnregister: true,
  });
  const { control } = kit.form;
  const kind = useWatch({ control, name: "kind" }) as GrantKind | "" | undefined;
  const memberId = useWatch({ control, name: "memberId" }) ?? g?.memberId;
  const policy = props.policies.find((p) => p.kind === kind);
  const kindNeedsDetails = !!g && kind !== g.kind && !!kind && kind in DETAILS;
  const showDetails = editDetails || kindNeedsDetails;
  const files = useOpenFiles(memberId);

  return (
    <FormShell kit={kit} submitLabel={g ? "保存修改" : "保存为草稿"} cancelHref={cancelHref}>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">申请信息</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <AssistedMemberField kit={kit} id="g-member" label="救助对象" hint="在会会员" member={props.mode === "edit" ? { name: props.grant.memberName, idMasked: props.grant.memberIdMasked } : { scopeId: props.scopeId }} />
          <ChoiceField kit={kit} name="kind" id="g-kind" label="救助类别" required values={GRANT_KINDS} labels={GRANT_KIND_LABELS} />
          <TextField
            kit={kit}
            name="amount"
            id="g-amount"
            label="救助金额（元）"
            required
            inputMode="decimal"
            hint={policy ? `单笔上限 ${formatYuan(policy.maxAmount)}，每户每年上限 ${formatYuan(policy.maxPerHouseholdYear)}` : "如 1000 或 1000.50"}
          />
          <Field
            id="g-file"
            label="困难职工档案"
            required={policy?.requiresHardshipFile}
            error={kit.err("fileId")}
            hint={policy?.requiresHardshipFile ? "该类别须关联“在档”的困难职工档案" : "选填：关联后按档案（家庭）统计每户上限"}
          >
            <select {...kit.form.register("fileId")} {...controlAria("g-file", kit.err("fileId"), "hint")} className={selectClass} disabled={!memberId}>
              <option value="">{memberId ? (files.length ? "不关联" : "该职工没有未结案的档案") : "请先选择救助对象"}</option>
              {files.map((f) => (
                <option key={f.id} value={f.id}>
                  {HARDSHIP_CATEGORY_LABELS[f.category]} · {HARDSHIP_STATUS_LABELS[f.status]} · 末次核实 {f.lastVerifiedOn ?? "—"}
                </option>
              ))}
            </select>
          </Field>
          <TextField kit={kit} name="reason" id="g-reason" label="申请理由" required rows={2} className="md:col-span-2" />
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">申请详情</legend>
        {g && (
          <label className="mb-3 flex items-center gap-2 text-[15px] text-gray-800">
            <input type="checkbox" checked={showDetails} disabled={kindNeedsDetails} onChange={(ev) => setEditDetails(ev.target.checked)} className="h-4 w-4 accent-brand" />
            修改申请详情（原详情加密保存，勾选后重新填写并替换）
          </label>
        )}
        {showDetails && (
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {(kind ? (DETAILS[kind] ?? []) : []).map((d) => (
              <TextField key={`${kind}-${d.name}`} kit={kit} name={`details.${d.name}`} id={`d-${d.name}`} label={d.label} required={d.required} hint={d.hint} inputMode={d.money ? "decimal" : d.year ? "numeric" : undefined} />
            ))}
            <TextField kit={kit} name="details.note" id="d-note" label="补充说明" hint="加密保存，查看时记入审计日志" rows={2} className="md:col-span-2" />
          </div>
        )}
      </fieldset>
    </FormShell>
  );
}

/** The member's open hardship files, for linking the household; only the chosen member's are offered. */
function useOpenFiles(memberId: string | undefined) {
  const [files, setFiles] = useState<HardshipFileDto[]>([]);
  useEffect(() => {
    if (!memberId) return;
    const ctrl = new AbortController();
    apiRequest<{ data: HardshipFileDto[] }>(`/api/v1/hardship-files?memberId=${memberId}&pageSize=20`, { signal: ctrl.signal })
      .then((r) => setFiles(r.ok ? r.data.data.filter((f) => f.status === "PENDING" || f.status === "IN_FILE") : []))
      .catch(() => {
        /* aborted */
      });
    return () => ctrl.abort();
  }, [memberId]);
  return files.filter((f) => f.memberId === memberId);
}
