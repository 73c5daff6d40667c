/** The p-th percentile of `xs` by nearest rank, to 0.1 (the benchmark's p50/p95; Lighthouse's median score). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 10) / 10;
}
