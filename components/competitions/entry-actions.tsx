"use client";
// A competition's roster (components/programmes/roster-form.tsx): enter a
// member (picked within the competition's organisation), record score, rank
// and award, remove an entry, and nominate a first place for the 五一劳动奖章 —
// each consequential step confirmed.
import { EntryCreateSchema, type EntryDto } from "@/lib/competitions/schema";
import { COMPETITION_AWARD_LABELS, COMPETITION_AWARDS, COMPETITION_LEVEL_LABELS, type CompetitionLevel } from "@/lib/competitions/labels";
import { ConfirmAction } from "../ui/confirm-action";
import { Field, controlAria, inputClass, selectClass } from "../ui/field";
import { setFlash } from "../form/flash";
import { RosterAddButton, RosterRowActions, rosterSpec, type RosterKit, type RosterValues } from "../programmes/roster-form";
import { ChoiceField } from "../form/fields";

export type CompetitionRef = { id: string; orgId: number; name: string; trades: string[]; level: CompetitionLevel; organiser: string; year: number };

/** A nomination made from an entry fixes its trade and rank (until withdrawn). */
const lockedOf = (e: EntryDto | null) => !!e?.nomination && e.nomination.status !== "WITHDRAWN";

const entries = (competition: CompetitionRef) =>
  rosterSpec({
    schema: EntryCreateSchema,
    url: `/api/v1/competitions/${competition.id}/entries`,
    orgId: competition.orgId,
    pickerHint: "输入姓名或完整身份证号，从本竞赛举办组织的会员名册中选择",
    defaults: (e: EntryDto | null): RosterValues<typeof EntryCreateSchema> =>
      e
        ? { memberId: e.memberId, trade: e.trade, score: e.score ?? "", rank: e.rank == null ? "" : String(e.rank), award: e.award ?? "" }
        : { memberId: undefined, trade: competition.trades[0] ?? "", score: "", rank: "", award: "" },
    editBody: ({ trade, rank, ...rest }, e) => (lockedOf(e) ? rest : { ...rest, trade, rank }),
    note: (e) => (lockedOf(e) ? " · 已推荐荣誉，工种和名次不能修改" : undefined),
    fields: (kit, e) => <EntryFields kit={kit} competition={competition} locked={lockedOf(e)} />,
  });

export function AddEntryButton({ competition }: { competition: CompetitionRef }) {
  return <RosterAddButton spec={entries(competition)} label="登记选手" title="登记参赛选手" />;
}

export function EntryRowActions({ competition, entry }: { competition: CompetitionRef; entry: EntryDto }) {
  return (
    <RosterRowActions
      spec={entries(competition)}
      row={entry}
      editLabel={`编辑${entry.memberName}的成绩`}
      title={`编辑成绩：${entry.memberName}（${entry.trade}）`}
      remove={
        entry.nomination
          ? undefined
          : {
              title: "删除参赛记录",
              confirm: (
                <>
                  删除 <strong>{entry.memberName}</strong> 在“{entry.trade}”的参赛记录？此操作记入审计日志。
                </>
              ),
            }
      }
    />
  );
}

/** The skills-to-honours pipeline, from a first place's row. */
export function NominateButton({ competition, entry }: { competition: CompetitionRef; entry: EntryDto }) {
  return (
    <ConfirmAction
      label="推荐为五一劳动奖章人选"
      confirmLabel="确认推荐"
      size="sm"
      request={() => ({ url: `/api/v1/competitions/${competition.id}/entries/${entry.id}/nomination`, body: { title: "MAY_DAY_MEDAL", level: competition.level } })}
      onDone={() => setFlash({ message: `已推荐${entry.memberName}为五一劳动奖章人选` }, true)}
    >
      <p>
        推荐 <strong>{entry.memberName}</strong>（{competition.name} · {entry.trade} 第一名）为{COMPETITION_LEVEL_LABELS[competition.level]}五一劳动奖章人选。
      </p>
      <p className="mt-2 text-sm text-muted">
        将在“劳模工匠”的荣誉列表中新增一条提名记录（{competition.year} 年度，授予单位：{competition.organiser}），由荣誉管理确认授予。每条参赛记录只能推荐一次，推荐后不能修改名次。
      </p>
    </ConfirmAction>
  );
}

function EntryFields({ kit, competition, locked }: { kit: RosterKit<typeof EntryCreateSchema>; competition: CompetitionRef; locked: boolean }) {
  const { register } = kit.form;
  const err = kit.err;
  return (
    <>
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
      <ChoiceField kit={kit} name="award" id="n-award" label="奖项" values={COMPETITION_AWARDS} labels={COMPETITION_AWARD_LABELS} empty="未获奖" />
    </>
  );
}
