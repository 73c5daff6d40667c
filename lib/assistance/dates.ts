// "Today" for the assistance rules is the calendar date in China; every function
// that depends on it takes `now` so tests can move the clock.
export const cstDate = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
export const cstYear = (now: Date) => Number(cstDate(now).slice(0, 4));
