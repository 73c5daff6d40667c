// How the rollup's running totals are read (lib/dashboard/facts.ts keeps
// them): SQL text only, no database client, so the benchmark's bare SQL and
// the tests read a figure exactly as the dashboard does.

/** The first day of the month of a date (a SQL date expression). */
export const monthOf = (day: string) => `(${day} - extract(day FROM ${day})::int + 1)`;

/**
 * The running total of a node's metric up to and including a day (SQL; the
 * arguments are SQL expressions): the months before the day's month, then its
 * month up to the day. Missing rows are zero. On the last day of a month (most
 * of the dashboard's dates: period ends, trend months) the month's own row is
 * that total, so one index probe answers, as before the blocks.
 */
export const cumAt = (node: string, metric: string, day: string) => {
  const months = (cmp: string, month: string) =>
    `coalesce((SELECT b.cum FROM dashboard_month b WHERE b.node_id = ${node} AND b.metric = ${metric} AND b.month ${cmp} ${month} ORDER BY b.month DESC LIMIT 1), 0)`;
  const days = `coalesce((SELECT f.cum FROM dashboard_fact f WHERE f.node_id = ${node} AND f.metric = ${metric} AND f.day <= ${day} AND f.day >= ${monthOf(day)} ORDER BY f.day DESC LIMIT 1), 0)`;
  return `(CASE WHEN extract(day FROM ${day} + 1) = 1 THEN ${months("<=", day)} ELSE ${months("<", monthOf(day))} + ${days} END)`;
};
