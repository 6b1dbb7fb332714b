// Calendar days in Asia/Shanghai, where the district lives, whatever the browser's zone.
const DAY_MS = 24 * 3600 * 1000;
const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function shanghaiDate(at: Date): string {
  return FORMAT.format(at);
}

// The last `days` days ending today, as [from, to] in YYYY-MM-DD.
export function lastDays(days: number, now: Date = new Date()): [string, string] {
  return [shanghaiDate(new Date(now.getTime() - (days - 1) * DAY_MS)), shanghaiDate(now)];
}

// From the first of this month to today.
export function thisMonth(now: Date = new Date()): [string, string] {
  const today = shanghaiDate(now);
  return [`${today.slice(0, 8)}01`, today];
}

// A rate 0..1 as a percentage with one decimal, or a dash when there is nothing to rate.
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}
