// Display helpers shared by the pages. Server times are ISO 8601 with +08:00; they are shown
// in the district's own time (Asia/Shanghai) whatever the device's zone.

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = new Date(d.getTime() + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  );
}

export function minutesOf(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

// Calls fn once the caller has been quiet for `ms` (typing in a search box).
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wrapped = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  wrapped.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return wrapped;
}

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

// `open`: the case's "open" flag from the server (the workflow's mark).
export function stateTagType(state: string, open: boolean, overdue = false): TagType {
  if (!open) return 'success';
  if (overdue) return 'danger';
  switch (state) {
    case 'returned':
    case 'extension_pending':
      return 'warning';
    case 'accepted':
      return 'primary';
    default:
      return 'info';
  }
}
