// One indicator's card: figure (a link to the records behind it), its target
// and progress bar against the share of the year elapsed, and the change from
// the same period last year.
import Link from "next/link";
import type { Card } from "@/lib/dashboard/schema";
import { cn } from "../ui/cn";
import { formatChange, formatFigure, unitFor } from "./format";
import { TONE_BG, TONE_TEXT, changeTone, progressTone } from "./tone";
import { TARGET_SCOPE_LABELS } from "@/lib/dashboard/target-scope";
import { drillHref } from "../list/drill";

/** back: the dashboard as shown, carried to the records list (drillHref). */
export function HeadlineCard({ card, programme, back }: { card: Card; programme?: string; back: string }) {
  const { value, kind } = card;
  const good = card.change.delta == null || card.higherIsBetter == null || card.change.delta === 0 ? null : (card.change.delta > 0) === card.higherIsBetter;
  const pct = card.progress.pct;
  const tone = progressTone(card.progress, card.timeProgress);
  const figure = (
    <>
      <span className="text-2xl font-semibold tabular-nums text-gray-900 sm:text-[1.7rem]">{formatFigure(value, kind)}</span>
      <span className="ml-1 text-sm text-muted">{unitFor(kind, card.unit, value)}</span>
    </>
  );
  return (
    <div data-card={card.key} className="flex min-w-0 flex-col rounded-lg border border-line bg-white px-4 py-3 shadow-[0_1px_2px_rgba(0,0,0,0.04)] print:break-inside-avoid print:shadow-none">
      {programme && <p className="truncate text-xs text-muted">{programme}</p>}
      <p className="truncate text-sm text-muted" title={card.description}>
        {card.name}
      </p>
      <p className="mt-0.5 leading-tight">
        {card.href ? (
          <Link href={drillHref(card.href, back)} className="hover:underline" title={`查看构成“${card.name}”的记录`} aria-label={`${card.name} ${formatFigure(value, kind)}${card.unit}，查看记录`}>
            {figure}
          </Link>
        ) : (
          figure
        )}
      </p>
      {card.parts && (
        <p className="text-xs text-muted tabular-nums">
          {formatFigure(card.parts.num, "count")} / {formatFigure(card.parts.den, "count")}
        </p>
      )}
      <p className="mt-1 text-xs">
        <span className="text-muted">同比 </span>
        <span className={cn("tabular-nums", TONE_TEXT[changeTone(good)])}>{formatChange(card.change.delta, card.change.pct, kind)}</span>
      </p>
      {card.target != null ? (
        <div className="mt-2">
          <div className="flex justify-between text-xs text-muted">
            <span>
              {card.targetScope === "OWN" ? `${TARGET_SCOPE_LABELS.OWN}目标` : "目标"} {formatFigure(card.target, kind)}
              {kind === "rate" ? "%" : ""}
            </span>
            <span className={cn("tabular-nums", TONE_TEXT[tone])}>{pct != null ? `${pct.toFixed(1)}%` : "—"}</span>
          </div>
          <div
            className="relative mt-1 h-2 rounded bg-gray-100"
            role="progressbar"
            aria-label={`${card.name}完成进度`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.min(100, Math.round(pct ?? 0))}
          >
            <div className={cn("h-2 rounded", TONE_BG[tone])} style={{ width: `${Math.min(100, pct ?? 0)}%` }} />
            {card.timeProgress != null && (
              <div className="absolute -top-0.5 h-3 w-0.5 bg-gray-500" style={{ left: `${Math.min(100, card.timeProgress)}%` }} title={`时间进度 ${card.timeProgress}%`} />
            )}
          </div>
          {card.targetScope === "OWN" && (
            <p className="mt-1 text-xs text-muted tabular-nums" title="本级目标只统计本组织自身的记录，不含下级">
              本级完成 {formatFigure(card.targetBasis, kind)}
            </p>
          )}
        </div>
      ) : (
        <p className="mt-2 text-xs text-muted">未设目标</p>
      )}
    </div>
  );
}
