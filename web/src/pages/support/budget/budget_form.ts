// Checks shared by the budget dialogs (spending, allocation): an amount typed in 元 must be
// money (money.ts) and no more than the line has left; the server checks both again.
import { formatYuan, parseYuan } from './money';

type Translate = (key: string, named?: Record<string, unknown>) => string;

// The amount in fen, or the message to show beside the field.
export function checkAmount(text: string, remainingFen: number | undefined, t: Translate): { fen: number } | { error: string } {
  const fen = parseYuan(text);
  if (fen === null) return { error: t('support.budget.amountInvalid') };
  if (remainingFen !== undefined && fen > remainingFen) return { error: t('support.budget.overRemaining', { left: formatYuan(remainingFen) }) };
  return { fen };
}

export function clearErrors(errors: Record<string, string>): void {
  for (const key of Object.keys(errors)) delete errors[key];
}
