// How far what a caller saw of a member narrows down their ID number: the
// number of 18-character numbers consistent with every masked number, birth
// date, birth year, age and sex the caller obtained. The region code is taken
// as known whatever was shown (a member's union usually gives it away), so the
// count errs on the side of "too few".
export type Observed = {
  /** Masked numbers as shown ("320925***********X"); a full number counts too. */
  masks: string[];
  /** Full birth dates, yyyy-mm-dd. */
  dates: string[];
  years: number[];
  ages: number[];
  sexes: ("MALE" | "FEMALE")[];
};

export const emptyObserved = (): Observed => ({ masks: [], dates: [], years: [], ages: [], sexes: [] });

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";
const DAY = 86_400_000;

function ageOn(birth: Date, today: Date): number {
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  if (today.getUTCMonth() < birth.getUTCMonth() || (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate())) age--;
  return age;
}

/** Candidates consistent with `seen` for the true number `idNumber`; stops counting at `cap`. */
export function countCandidates(idNumber: string, seen: Observed, today = new Date(), cap = 1_000_000): number {
  // Characters known at each position: from any mask, and the region always.
  const known: (string | null)[] = Array.from({ length: 18 }, (_, i) => (i < 6 ? idNumber[i] : null));
  for (const m of seen.masks) {
    if (m.length !== 18) continue;
    for (let i = 0; i < 18; i++) if (m[i] !== "*") known[i] = m[i];
  }
  const regionSum = [...idNumber.slice(0, 6)].reduce((s, ch, i) => s + Number(ch) * WEIGHTS[i], 0);

  // Sequence numbers allowed by the mask and the sex, bucketed by their weighted sum mod 11.
  const seqBySum = new Array<number>(11).fill(0);
  for (let s = 0; s < 1000; s++) {
    const d = String(s).padStart(3, "0");
    if ([0, 1, 2].some((i) => known[14 + i] !== null && known[14 + i] !== d[i])) continue;
    const parity = Number(d[2]) % 2;
    if (seen.sexes.some((x) => (x === "MALE" ? 1 : 0) !== parity)) continue;
    seqBySum[(Number(d[0]) * WEIGHTS[14] + Number(d[1]) * WEIGHTS[15] + Number(d[2]) * WEIGHTS[16]) % 11]++;
  }

  let count = 0;
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (let t = Date.UTC(1900, 0, 1); t <= end; t += DAY) {
    const day = new Date(t);
    const iso = day.toISOString().slice(0, 10);
    const digits = iso.replaceAll("-", "");
    if ([...digits].some((ch, i) => known[6 + i] !== null && known[6 + i] !== ch)) continue;
    if (seen.dates.some((d) => d !== iso)) continue;
    if (seen.years.some((y) => y !== day.getUTCFullYear())) continue;
    if (seen.ages.some((a) => a !== ageOn(day, today))) continue;
    const dateSum = [...digits].reduce((s, ch, i) => s + Number(ch) * WEIGHTS[6 + i], 0);
    for (let r = 0; r < 11; r++) {
      if (!seqBySum[r]) continue;
      if (known[17] !== null && CHECK[(regionSum + dateSum + r) % 11] !== known[17]) continue;
      count += seqBySum[r];
    }
    if (count >= cap) return count;
  }
  return count;
}
