// How long until a deadline, in the largest whole unit that says it (days, hours or
// minutes), and whether it has passed: the phone inbox's "还剩 3 小时" / "已超期 2 天".
// Wall-clock time, not working hours: the server's deadlines already count working hours.

export interface TimeLeft {
  late: boolean;
  amount: number;
  unit: 'day' | 'hour' | 'minute';
}

export function timeLeft(deadline: string | null | undefined, now: Date): TimeLeft | null {
  if (!deadline) return null;
  const due = new Date(deadline).getTime();
  if (Number.isNaN(due)) return null;
  const ms = due - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const late = ms < 0;
  if (minutes >= 24 * 60) return { late, amount: Math.floor(minutes / (24 * 60)), unit: 'day' };
  if (minutes >= 60) return { late, amount: Math.floor(minutes / 60), unit: 'hour' };
  return { late, amount: minutes, unit: 'minute' };
}
