"use client";
// The dashboard's charts (Recharts). Each takes plain, chart-ready arrays
// computed on the server; clicking an organisation's bar moves the dashboard
// to it (a URL change).
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { TONE_FILL, progressTone } from "./tone";

// This period blue, last year grey; bars against a target in the tones of ./tone.ts.
const BLUE = "#0369a1";
const GREY = "#6b7280";
const TICK = { fontSize: 12, fill: "#374151" };
const nf = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 1 });
/** A category axis wide enough for its longest label (12 px text, CJK glyphs full width), so no label is cut. */
const labelWidth = (labels: string[]) => Math.min(220, 16 + 13 * Math.max(2, ...labels.map((l) => [...l].length)));
const fmt = (v: unknown) => (typeof v === "number" ? nf.format(v) : String(v ?? "—"));

export type TrendSeries = { key: string; name: string; unit: string; values: (number | null)[]; previous: (number | null)[] };

/** Small multiples: one line chart per programme, this year against the same months last year. */
export function TrendCharts({ months, series }: { months: string[]; series: TrendSeries[] }) {
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {series.map((s) => {
        const data = months.map((m, i) => ({ month: m, 本期: s.values[i], 上年同期: s.previous[i] }));
        return (
          <figure key={s.key} className="min-w-0 rounded-md border border-line p-3 print:break-inside-avoid">
            <figcaption className="mb-1 text-sm font-medium text-gray-800">
              {s.name}（{s.unit}）
            </figcaption>
            <div className="h-44">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
                  <CartesianGrid stroke="#eee" vertical={false} />
                  <XAxis dataKey="month" tick={TICK} interval="preserveStartEnd" />
                  <YAxis tick={TICK} width={44} tickFormatter={(v) => compact.format(v)} />
                  <Tooltip formatter={fmt} />
                  <Line type="monotone" dataKey="本期" stroke={BLUE} strokeWidth={2} dot={false} isAnimationActive={false} />
                  <Line type="monotone" dataKey="上年同期" stroke={GREY} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>
        );
      })}
    </div>
  );
}

export type RankRow = { id: number; name: string; value: number | null; progress: { pct: number | null; met: boolean | null }; href: string };

/** Child organisations ranked on one indicator; a bar click drills into that organisation. */
export function RankingChart({ rows, unit, label, timeProgress }: { rows: RankRow[]; unit: string; label: string; timeProgress: number | null }) {
  const router = useRouter();
  const data = rows.map((r) => ({ ...r, short: r.name.replace(/(总工会|工会委员会|工会联合会|工会)$/, "") }));
  return (
    <div style={{ height: Math.max(160, data.length * 26 + 40) }} className="min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#eee" horizontal={false} />
          <XAxis type="number" tick={TICK} tickFormatter={(v) => compact.format(v)} />
          <YAxis type="category" dataKey="short" width={labelWidth(data.map((d) => d.short))} tick={TICK} interval={0} />
          <Tooltip formatter={(v) => [`${fmt(v)} ${unit}`, label]} labelFormatter={(l) => String(l)} />
          <Bar
            dataKey="value"
            name={label}
            fill={BLUE}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(d) => {
              const href = (d as unknown as { payload?: RankRow }).payload?.href;
              if (href) router.push(href);
            }}
          >
            {data.map((r) => (
              <Cell key={r.id} fill={r.progress.pct == null ? BLUE : TONE_FILL[progressTone(r.progress, timeProgress)]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type BreakdownItem = { label: string; value: number; previous: number };

export function BreakdownChart({ items, unit }: { items: BreakdownItem[]; unit: string }) {
  const data = items.map((i) => ({ name: i.label, 本期: i.value, 上年同期: i.previous }));
  return (
    <div style={{ height: Math.max(120, data.length * 30 + 50) }} className="min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 20, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#eee" horizontal={false} />
          <XAxis type="number" tick={TICK} tickFormatter={(v) => compact.format(v)} />
          <YAxis type="category" dataKey="name" width={labelWidth(data.map((d) => d.name))} tick={TICK} interval={0} />
          <Tooltip formatter={(v) => `${fmt(v)} ${unit}`} />
          {/* Legend text in ink: Recharts colours it like its bar, too pale to read on white. */}
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(v) => <span style={{ color: "#374151" }}>{v}</span>} />
          <Bar dataKey="本期" fill={BLUE} isAnimationActive={false} />
          <Bar dataKey="上年同期" fill="#cbd5e1" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type TargetBar = { name: string; progress: number; met: boolean | null; time: number | null };

/** Target against actual: each indicator's completion in percent, with 100 % and the share of the year elapsed. */
export function TargetChart({ items, timeProgress }: { items: TargetBar[]; timeProgress: number | null }) {
  const data = items.map((i) => ({ name: i.name, 完成进度: Math.min(i.progress, 150), fill: TONE_FILL[progressTone({ pct: i.progress, met: i.met }, i.time)] }));
  return (
    <div style={{ height: Math.max(140, data.length * 30 + 40) }} className="min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#eee" horizontal={false} />
          <XAxis type="number" domain={[0, 150]} tick={TICK} tickFormatter={(v) => `${v}%`} />
          <YAxis type="category" dataKey="name" width={labelWidth(data.map((d) => d.name))} tick={TICK} interval={0} />
          <Tooltip formatter={(v) => `${fmt(v)}%`} />
          <ReferenceLine x={100} stroke={TONE_FILL.met} strokeDasharray="4 2" label={{ value: "目标", fontSize: 12, fill: "#374151", position: "top" }} />
          {timeProgress != null && <ReferenceLine x={timeProgress} stroke={GREY} strokeDasharray="2 2" label={{ value: "时间进度", fontSize: 12, fill: "#374151", position: "insideBottomRight" }} />}
          <Bar dataKey="完成进度" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.fill} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
