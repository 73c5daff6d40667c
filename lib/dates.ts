// Dates in this system are calendar dates (no time zone); they travel as
// "yyyy-mm-dd" strings and are stored as PostgreSQL `date`.
export const toDateOnly = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
export const fromDateOnly = (s: string) => new Date(`${s}T00:00:00.000Z`);
/** Today in China Standard Time, as yyyy-mm-dd. */
export const todayCST = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
