"use client";
// One form for starting a collective contract (要约) and for correcting it while
// it is still being negotiated. Validates with the API's own schemas
// (ContractCreateSchema / ContractUpdateSchema) and writes only through the
// JSON API. A single-enterprise contract covers the union's own enterprise,
// which is filled in from the register; regional and industry contracts pick
// their enterprises with the coverage editor.
import { useState } from "react";
import Link from "next/link";
import { Controller, useWatch } from "react-hook-form";
import { ContractCreateSchema, type ContractCreateInput, type ContractDetail } from "@/lib/contracts/schema";
import { CONTRACT_KINDS, CONTRACT_KIND_LABELS, PARTY_FILTERS, PARTY_HINTS, isSingleEnterpriseKind, type ContractKind } from "@/lib/contracts/labels";
import type { EnterpriseDto } from "@/lib/enterprises/schema";
import { todayCST } from "@/lib/dates";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { OrgPicker, type PickedOrg } from "../orgs/org-picker";
import { CoverageEditor, type CoverageRow, type EnterpriseName } from "./coverage-editor";
import { formatNumber } from "../format";
import { useApiForm } from "../form/use-api-form";
import { FormShell } from "../form/form-shell";
import { TextField } from "../form/fields";

type Props = { mode: "create"; scopeId: number } | { mode: "edit"; scopeId: number; contract: ContractDetail };

/** A title in the usual form, e.g. "某某有限公司2026年度工资专项集体合同". */
function suggestTitle(kind: ContractKind, name: string, year: string) {
  const place = name.replace(/(总工会|工会委员会|工会联合会|联合工会|工会)$/, "");
  switch (kind) {
    case "COMPREHENSIVE":
      return `${place}集体合同`;
    case "WAGE":
      return `${place}${year}年度工资专项集体合同`;
    case "WOMEN":
      return `${place}女职工权益保护专项集体合同`;
    case "REGIONAL":
      return `${place}区域性工资专项集体合同`;
    case "INDUSTRY":
      return `${place.replace(/(行业|产业)$/, "")}行业工资专项集体合同`;
  }
}

export function ContractForm(props: Props) {
  const c = props.mode === "edit" ? props.contract : null;
  const [party, setParty] = useState<PickedOrg | null>(c ? { id: c.orgId, name: c.orgName } : null);
  const [names, setNames] = useState<Map<string, EnterpriseName>>(
    () => new Map((c?.coverage ?? []).map((r) => [r.enterpriseId, { name: r.name, areaName: r.areaName }])),
  );
  const [ownNotice, setOwnNotice] = useState<{ tone: "error" | "info"; text: string; unionId?: number } | null>(null);

  const cancelHref = c ? `/contracts/${c.id}` : "/contracts";
  // One schema for both: an edited contract holds every field, and the version travels beside them.
  const kit = useApiForm({
    schema: ContractCreateSchema,
    defaultValues: c
      ? {
          kind: c.kind,
          orgId: c.orgId,
          title: c.title,
          employerParty: c.employerParty,
          offeredOn: c.offeredOn,
          coverage: c.coverage.map((r) => ({ enterpriseId: r.enterpriseId, workerCount: r.workerCount })),
        }
      : { kind: undefined, orgId: undefined, title: "", employerParty: "", offeredOn: todayCST(), coverage: [] },
    request: (v) => {
      const body = payload(v);
      return c ? (Object.keys(body).length ? { url: `/api/v1/contracts/${c.id}`, method: "PATCH", body: { ...body, version: c.version } } : null) : { url: "/api/v1/contracts", body };
    },
    unchangedHref: cancelHref,
    savedHref: (d) => `/contracts/${d.id}`,
  });
  const { register, control, setValue, getValues, clearErrors } = kit.form;
  const kind = useWatch({ control, name: "kind" });
  const single = kind ? isSingleEnterpriseKind(kind) : false;

  /** A single-enterprise contract covers the union's own enterprise: look it up. */
  async function fillOwnEnterprise(org: PickedOrg, k: ContractKind) {
    setOwnNotice(null);
    const sp = new URLSearchParams({ orgId: String(org.id), kind: k, pageSize: "2" });
    const r = await apiRequest<{ data: EnterpriseDto[]; total: number }>(`/api/v1/contracts/candidates?${sp}`);
    if (!r.ok) return setOwnNotice({ tone: "error", text: r.error.message });
    const own = r.data.data[0];
    if (!own) {
      setValue("coverage", [], { shouldValidate: false });
      return setOwnNotice({ tone: "error", text: "该工会尚未在企业名录中登记所属企业，请先登记企业。", unionId: org.id });
    }
    setNames(new Map([[own.id, { name: own.name, areaName: own.areaName }]]));
    setValue("coverage", [{ enterpriseId: own.id, workerCount: own.workerCount }], { shouldValidate: true });
    if (!getValues("employerParty")) setValue("employerParty", own.name, { shouldValidate: true });
    if (!getValues("title")) setValue("title", suggestTitle(k, own.name, getValues("offeredOn").slice(0, 4)), { shouldValidate: true });
    setOwnNotice({ tone: "info", text: `覆盖企业：${own.name}（${formatNumber(own.workerCount)} 人）` });
  }

  function onParty(org: PickedOrg | null) {
    setParty(org);
    setValue("orgId", org?.id, { shouldValidate: !!org });
    setOwnNotice(null);
    if (!org || !kind) return;
    if (isSingleEnterpriseKind(kind)) void fillOwnEnterprise(org, kind);
    else {
      setValue("coverage", []);
      if (!getValues("title")) setValue("title", suggestTitle(kind, org.name, getValues("offeredOn").slice(0, 4)));
    }
  }

  /** After the select has set the kind. */
  function onKind() {
    // Another kind needs another kind of party: start the party and coverage over.
    setParty(null);
    setValue("orgId", undefined);
    setValue("coverage", []);
    setOwnNotice(null);
    clearErrors(["orgId", "coverage"]);
  }

  /** Edit: only what changed (the coverage again whenever the kind or the party changes). */
  function payload(v: ContractCreateInput): Record<string, unknown> {
    if (!c) return v;
    const out: Record<string, unknown> = {};
    if (v.kind !== c.kind) out.kind = v.kind;
    if (v.orgId !== c.orgId) out.orgId = v.orgId;
    if (v.title !== c.title) out.title = v.title;
    if (v.employerParty !== c.employerParty) out.employerParty = v.employerParty;
    if (v.offeredOn !== c.offeredOn) out.offeredOn = v.offeredOn;
    const rows = (r: { enterpriseId: string; workerCount: number }[]) => JSON.stringify(r.map((x) => [x.enterpriseId, x.workerCount]));
    if (rows(v.coverage) !== rows(c.coverage) || out.kind || out.orgId) out.coverage = v.coverage;
    return out;
  }

  const err = kit.err;
  const coverageError = err("coverage");
  const rowError = (i: number) => err(`coverage.${i}.workerCount`);

  return (
    <FormShell kit={kit} submitLabel={c ? "保存修改" : "登记要约"} cancelHref={cancelHref}>
      <fieldset>
        <legend className="mb-3 text-base font-semibold text-gray-900">合同双方</legend>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field id="c-kind" label="合同类型" required error={err("kind")}>
            <select
              {...register("kind", { onChange: onKind })}
              {...controlAria("c-kind", err("kind"))}
              className={selectClass}
            >
              <option value="">请选择</option>
              {CONTRACT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CONTRACT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="c-org" label="工会方" required error={err("orgId")} hint={kind ? PARTY_HINTS[kind] : "请先选择合同类型"}>
            <Controller
              control={control}
              name="orgId"
              render={({ field }) => (
                <OrgPicker
                  value={party}
                  within={props.scopeId}
                  filters={kind ? PARTY_FILTERS[kind] : []}
                  disabled={!kind}
                  onBlur={field.onBlur}
                  onChange={onParty}
                  {...controlAria("c-org", err("orgId"), "hint")}
                  id="c-org"
                />
              )}
            />
          </Field>
          <TextField kit={kit} name="employerParty" id="c-employer" label="企业方（用人单位方）" required hint={single ? "企业名称" : "如：某某镇企业联合会（企业家协会）、某某行业协会"} />
          <TextField kit={kit} name="offeredOn" id="c-offered" label="要约日期" required hint="一方向另一方书面提出协商要求的日期" type="date" max={todayCST()} readOnly={!!c && c.status !== "OFFERED"} />
          <TextField kit={kit} name="title" id="c-title" label="合同名称" required className="md:col-span-2" />
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-1 text-base font-semibold text-gray-900">覆盖企业</legend>
        <p className="mb-3 text-sm text-muted">
          {single ? "综合、工资专项和女职工专项集体合同覆盖工会所在的企业，选择工会方后自动带出。" : "区域性、行业性集体合同覆盖工会方范围内的已建会企业，可逐家添加或全部添加，并核对签订时的职工人数。"}
        </p>
        {!kind || !party ? (
          <p className="rounded-md border border-dashed border-gray-300 px-3 py-4 text-sm text-muted">请先选择合同类型和工会方。</p>
        ) : single ? (
          <div className="space-y-2" id="c-coverage">
            {ownNotice && (
              <Alert tone={ownNotice.tone}>
                {ownNotice.text}
                {ownNotice.unionId && (
                  <>
                    {" "}
                    <Link href={`/enterprises/new?unionOrgId=${ownNotice.unionId}`} className="font-medium underline">
                      登记企业
                    </Link>
                  </>
                )}
              </Alert>
            )}
            <Controller
              control={control}
              name="coverage"
              render={({ field }) =>
                field.value.length === 1 ? (
                  <label className="flex items-center gap-2 text-sm text-gray-800">
                    覆盖职工人数
                    <input
                      type="number"
                      min={1}
                      value={String(field.value[0].workerCount)}
                      onChange={(e) => field.onChange([{ ...field.value[0], workerCount: e.target.value }])}
                      aria-invalid={rowError(0) ? true : undefined}
                      className={`${inputClass} !w-28 py-1`}
                    />
                    人（{names.get(field.value[0].enterpriseId)?.name}）
                  </label>
                ) : (
                  <></>
                )
              }
            />
            {(coverageError || rowError(0)) && <p className="text-sm text-red-700">{coverageError ?? rowError(0)}</p>}
          </div>
        ) : (
          <Controller
            control={control}
            name="coverage"
            render={({ field }) => (
              <CoverageEditor
                id="c-coverage"
                partyId={party.id}
                kind={kind}
                // The schema coerces the typed count (its input is `unknown`); the editor's rows hold what was typed.
                value={field.value as CoverageRow[]}
                names={names}
                onChange={(rows, n) => {
                  setNames(n);
                  field.onChange(rows);
                }}
                error={coverageError}
                rowError={rowError}
              />
            )}
          />
        )}
      </fieldset>

    </FormShell>
  );
}
