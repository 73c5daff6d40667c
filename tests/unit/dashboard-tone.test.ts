// One colour language on the dashboard (#14): every card, chart bar and table
// cell takes its colour from components/dashboard/tone.ts, so "met" is green and
// "behind" amber everywhere, and better than last year reads like met.
import { describe, expect, it } from "vitest";
import { TONE_FILL, TONE_LABEL, TONE_TEXT, changeTone, progressTone } from "@/components/dashboard/tone";

describe("progressTone", () => {
  it("says met, on track, behind or no target", () => {
    expect(progressTone({ pct: 120, met: true }, 80)).toBe("met");
    expect(progressTone({ pct: 100, met: true }, null)).toBe("met");
    expect(progressTone({ pct: 85, met: false }, 80)).toBe("onTrack");
    expect(progressTone({ pct: 80, met: false }, 80)).toBe("onTrack");
    expect(progressTone({ pct: 79.9, met: false }, 80)).toBe("behind");
    // A stock or a rate has no time progress: below target is behind.
    expect(progressTone({ pct: 95, met: false }, null)).toBe("behind");
    expect(progressTone({ pct: null, met: null }, 80)).toBe("none");
  });

  it("colours better than last year as met and worse as behind, in one palette", () => {
    expect(changeTone(true)).toBe("met");
    expect(changeTone(false)).toBe("behind");
    expect(changeTone(null)).toBe("none");
    expect(TONE_TEXT.met).toMatch(/emerald/);
    expect(TONE_TEXT.behind).toMatch(/amber/);
    expect(TONE_FILL.met).toBe("#059669");
    expect(TONE_FILL.behind).toBe("#f59e0b");
    expect(TONE_LABEL).toEqual({ met: "已达标", behind: "落后于进度", onTrack: "符合进度", none: "未设目标" });
  });
});
