// Seeded PRNG so the demo data set is identical on every load (only the
// AES-GCM IVs differ). mulberry32: tiny, fast, and good enough for fake data.
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  /** Pareto-distributed value ≥ 1 with tail index `alpha`, capped at `max`. */
  pareto(alpha: number, max: number): number {
    return Math.min(max, Math.pow(1 - this.next(), -1 / alpha));
  }

  /** Random version-4 UUID drawn from this generator (deterministic). */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 4; i++) hex.push(((this.next() * 4294967296) >>> 0).toString(16).padStart(8, "0"));
    const h = hex.join("");
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/** Picks from a fixed weighted list in O(log n) via a cumulative table. */
export class WeightedPicker<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map((e) => e[0]);
    let sum = 0;
    this.cumulative = entries.map((e) => (sum += e[1]));
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

/**
 * Splits `total` into integers proportional to `weights` (largest remainder),
 * each between `min` and `max`; the excess of a capped share goes to the rest.
 */
export function allocate(weights: readonly number[], total: number, min = 0, max = Infinity): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(0);
  if (n === 0) return out;
  const fixed = new Array<boolean>(n).fill(false);
  let remaining = total;
  for (;;) {
    const free = weights.map((w, i) => (fixed[i] ? 0 : w));
    const sum = free.reduce((a, b) => a + b, 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const share = (free[i] / sum) * remaining;
      if (share > max || share < min) {
        out[i] = share > max ? max : min;
        fixed[i] = true;
        remaining -= out[i];
        changed = true;
      }
    }
    if (!changed) break;
  }
  const free = weights.map((w, i) => (fixed[i] ? 0 : w));
  const sum = free.reduce((a, b) => a + b, 0);
  const exact = free.map((w) => (sum > 0 ? (w / sum) * remaining : 0));
  let given = 0;
  for (let i = 0; i < n; i++) {
    if (fixed[i]) continue;
    out[i] = Math.floor(exact[i]);
    given += out[i];
  }
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .filter(([, i]) => !fixed[i])
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; given < remaining && order.length > 0; k = (k + 1) % order.length) {
    out[order[k][1]]++;
    given++;
  }
  return out;
}
