"use client";
// Enter a member (picked from the registry within the competition's
// organisation), record score, rank and award, remove an entry, and nominate a
// first place for the 五一劳动奖章 — each consequential step confirmed.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { EntryCreateSchema, EntryUpdateSchema, type EntryDto } from "@/lib/competitions/schema";
import { COMPETITION_AWARD_LABELS, COMPETITION_AWARDS, COMPETITION_LEVEL_LABELS, type CompetitionLevel } from "@/lib/competitions/labels";
import { apiRequest } from "../api";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Modal } from "../ui/modal";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { EntityPicker, type Picked } from "../programmes/entity-picker";
import { memberSearch } from "../programmes/search";
import { applyServerErrors } from "../programmes/form-errors";
import { DeleteButton } from "../programmes/delete-button";

export type CompetitionRef = { id: string; orgId: number; name: string; trades: string[]; level: CompetitionLevel; organiser: string; year: number };

type Values = { memberId?: string; trade: string; score: string; rank: string; award: string };
const FIELDS = ["memberId", "trade", "score", "rank", "award"] as const;

export function AddEntryButton({ competition }: { competition: CompetitionRef }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" size="sm" onClick={() => setOpen(true)}>
        登记选手
      </Button>
      <Modal open={open} title="登记参赛选手" onClose={() => setOpen(false)} wide>
        {open && <EntryForm competition={competition} onDone={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

export function EntryRowActions({ competition, entry }: { competition: CompetitionRef; entry: EntryDto }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex gap-1 whitespace-nowrap">
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`编辑${entry.memberName}的成绩`}>
        编辑
      </Button>
      {!entry.nomination && (
        <DeleteButton url={`/api/v1/competitions/${competition.id}/entries/${entry.id}`} title="删除参赛记录" size="sm">
          删除 <strong>{entry.memberName}</strong> 在“{entry.trade}”的参赛记录？此操作记入审计日志。
        </DeleteButton>
      )}
      <Modal open={open} title={`编辑成绩：${entry.memberName}（${entry.trade}）`} onClose={() => setOpen(false)} wide>
        {open && <EntryForm competition={competition} entry={entry} onDone={() => setOpen(false)} />}
      </Modal>
    </div>
  );
}

/** The skills-to-honours pipeline, from a first place's row. */
export function NominateButton({ competition, entry }: { competition: CompetitionRef; entry: EntryDto }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await apiRequest(`/api/v1/competitions/${competition.id}/entries/${entry.id}/nomination`, {
      method: "POST",
      body: { title: "MAY_DAY_MEDAL", level: competition.level },
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    setOpen(false);
    router.refresh();
  }
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        推荐为五一劳动奖章人选
      </Button>
      <ConfirmDialog
        open={open}
        title="推荐为五一劳动奖章人选"
        confirmLabel="确认推荐"
        busy={busy}
        error={error}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onConfirm={confirm}
      >
        <p>
          推荐 <strong>{entry.memberName}</strong>（{competition.name} · {entry.trade} 第一名）为{COMPETITION_LEVEL_LABELS[competition.level]}五一劳动奖章人选。
        </p>
        <p className="mt-2 text-sm text-muted">
          将在“劳模工匠”的荣誉列表中新增一条提名记录（{competition.year} 年度，授予单位：{competition.organiser}），由荣誉管理确认授予。每条参赛记录只能推荐一次，推荐后不能修改名次。
        </p>
      </ConfirmDialog>
    </>
  );
}

function EntryForm({ competition, entry, onDone }: { competition: CompetitionRef; entry?: EntryDto; onDone: () => void }) {
  const router = useRouter();
  const isCreate = !entry;
  const [serverError, setServerError] = useState<string | null>(null);
  const [member, setMember] = useState<Picked | null>(null);
  const searchMembers = useMemo(() => memberSearch(competition.orgId), [competition.orgId]);
  const locked = !!entry?.nomination && entry.nomination.status !== "WITHDRAWN";
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(isCreate ? EntryCreateSchema : (EntryUpdateSchema as unknown as typeof EntryCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: entry
      ? { trade: entry.trade, score: entry.score ?? "", rank: entry.rank == null ? "" : String(entry.rank), award: entry.award ?? "" }
      : { memberId: undefined, trade: competition.trades[0] ?? "", score: "", rank: "", award: "" },
    mode: "onTouched",
  });

  async function onSubmit(values: Record<string, unknown>) {
    setServerError(null);
    let body = values;
    if (!isCreate) {
      // Every field is sent; blanks clear the stored value. A nominated entry keeps its trade and rank.
      body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? null : v]));
      if (locked) {
        delete body.trade;
        delete body.rank;
      }
    }
    const res = await apiRequest<EntryDto>(
      isCreate ? `/api/v1/competitions/${competition.id}/entries` : `/api/v1/competitions/${competition.id}/entries/${entry.id}`,
      { method: isCreate ? "POST" : "PATCH", body },
    );
    if (!res.ok) {
      setServerError(res.error.message);
      applyServerErrors(res.error, FIELDS, setError);
      return;
    }
    onDone();
    router.refresh();
  }
  const err = (k: keyof Values) => errors[k]?.message as string | undefined;

  return (
    <form onSubmit={handleSubmit((v) => onSubmit(v as unknown as Record<string, unknown>))} noValidate className="space-y-4">
      {serverError && <Alert tone="error">{serverError}</Alert>}
      {isCreate ? (
        <Field id="n-member" label="会员" required error={err("memberId")} hint="输入姓名或完整身份证号，从本竞赛举办组织的会员名册中选择">
          <Controller
            control={control}
            name="memberId"
            render={({ field }) => (
              <EntityPicker
                value={member}
                search={searchMembers}
                listLabel="会员候选"
                emptyText="没有匹配的会员"
                placeholder="姓名 / 身份证号"
                onBlur={field.onBlur}
                onChange={(m) => {
                  setMember(m);
                  field.onChange(m?.id);
                }}
                {...controlAria("n-member", err("memberId"), "hint")}
              />
            )}
          />
        </Field>
      ) : (
        <p className="text-sm text-muted">
          {entry.memberName}（{entry.idMasked}）· {entry.memberOrgName}
          {locked ? " · 已推荐荣誉，工种和名次不能修改" : ""}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="n-trade" label="工种" required error={err("trade")}>
          {competition.trades.length ? (
            <select {...register("trade")} {...controlAria("n-trade", err("trade"))} disabled={locked} className={selectClass}>
              {competition.trades.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          ) : (
            <input {...register("trade")} {...controlAria("n-trade", err("trade"))} disabled={locked} className={inputClass} />
          )}
        </Field>
        <Field id="n-score" label="成绩" error={err("score")} hint="最多两位小数，可不填">
          <input {...register("score")} {...controlAria("n-score", err("score"), "hint")} inputMode="decimal" className={inputClass} />
        </Field>
        <Field id="n-rank" label="名次" error={err("rank")} hint="同一工种内的名次">
          <input {...register("rank")} {...controlAria("n-rank", err("rank"), "hint")} disabled={locked} inputMode="numeric" className={inputClass} />
        </Field>
        <Field id="n-award" label="奖项" error={err("award")}>
          <select {...register("award")} {...controlAria("n-award", err("award"))} className={selectClass}>
            <option value="">未获奖</option>
            {COMPETITION_AWARDS.map((a) => (
              <option key={a} value={a}>
                {COMPETITION_AWARD_LABELS[a]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex justify-end gap-2 border-t border-line pt-4">
        <Button onClick={onDone}>取消</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
          {isSubmitting ? "正在保存…" : isCreate ? "登记" : "保存"}
        </Button>
      </div>
    </form>
  );
}
