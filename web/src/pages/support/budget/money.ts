// Money on the budget pages. The server counts in 分 (integer fen) and so does this file:
// amounts are never floating-point yuan, so 0.1 + 0.2 never becomes 0.30000000000000004 元
// on a line worth 28 million. Display is in 元 with two decimals and thousands separators.

// 123456789 → "1,234,567.89"; negative amounts (reversals) keep their sign.
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan.toLocaleString('en-US')}.${cents}`;
}

// 28100000000 fen → "2.81 亿" / "281,000,000.00": large figures on charts and cards read in
// 万元 or 亿元 as Chinese budget documents write them.
export function formatYuanShort(fen: number, locale: string): string {
  const yuan = fen / 100;
  if (locale !== 'zh') return `¥${Math.round(yuan).toLocaleString('en-US')}`;
  if (Math.abs(yuan) >= 1e8) return `${(yuan / 1e8).toFixed(2)} 亿元`;
  if (Math.abs(yuan) >= 1e4) return `${(yuan / 1e4).toFixed(1)} 万元`;
  return `${formatYuan(fen)} 元`;
}

// What a person types into an amount field, in 元 ("1,234.5", "１２３４", "1234.56") → fen as
// an integer, or null when it is not a positive amount with at most two decimals. Parsed as
// text, digit by digit: no floating point on the way.
export function parseYuan(text: string): number | null {
  const normalized = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[,，\s]/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(normalized);
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || fen <= 0) return null;
  return fen;
}

// 执行率 as a percentage with one decimal; "—" when there is no budget to measure against.
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
