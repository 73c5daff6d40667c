// One colour language for ahead and behind, on every card, chart and table of
// the dashboard: 达标 green, behind (below the time progress, or a stock or
// rate below its target) amber, on track blue, no target grey. Text shades
// keep a contrast of at least 4.5:1 on white; bars use the matching fills.
export type Tone = "met" | "behind" | "onTrack" | "none";

export function progressTone(progress: { pct: number | null; met: boolean | null }, timeProgress: number | null): Tone {
  if (progress.pct == null) return "none";
  if (progress.met) return "met";
  if (timeProgress != null && progress.pct >= timeProgress) return "onTrack";
  return "behind";
}

/** Better or worse than last year, in the same colours. */
export const changeTone = (better: boolean | null): Tone => (better == null ? "none" : better ? "met" : "behind");

export const TONE_TEXT: Record<Tone, string> = { met: "text-emerald-700", behind: "text-amber-800", onTrack: "text-sky-800", none: "text-gray-700" };
export const TONE_BG: Record<Tone, string> = { met: "bg-emerald-600", behind: "bg-amber-500", onTrack: "bg-sky-700", none: "bg-gray-400" };
export const TONE_FILL: Record<Tone, string> = { met: "#059669", behind: "#f59e0b", onTrack: "#0369a1", none: "#64748b" };
export const TONE_LABEL: Record<Tone, string> = { met: "已达标", behind: "落后于进度", onTrack: "符合进度", none: "未设目标" };
