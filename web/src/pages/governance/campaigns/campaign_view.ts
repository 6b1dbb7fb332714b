// Campaigns as the pages show them: which files an entry may be (by the campaign's
// kinds, with the type to send), a review's total on the rubric, whether every criterion
// is scored, and the awards a proposal makes. Pure, so it is tested without a browser.
import type { Award, Campaign, Standings } from './campaign_api';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Each kind a campaign may take, with its files' extensions and types.
const KINDS: Record<string, { extensions: string[]; types: string[] }> = {
  docx: { extensions: ['docx'], types: [DOCX] },
  pdf: { extensions: ['pdf'], types: ['application/pdf'] },
  txt: { extensions: ['txt'], types: ['text/plain'] },
  image: { extensions: ['jpg', 'jpeg', 'png', 'webp'], types: ['image/jpeg', 'image/png', 'image/webp'] },
};
const TYPE_BY_EXTENSION: Record<string, string> = { docx: DOCX, pdf: 'application/pdf', txt: 'text/plain', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

// For <input type="file" accept>.
export function entryAccept(formats: readonly string[]): string {
  return formats.flatMap((f) => [...(KINDS[f]?.types ?? []), ...(KINDS[f]?.extensions ?? []).map((e) => `.${e}`)]).join(',');
}

// The type to send for a chosen file, or the i18n key of why it cannot be sent (the
// server checks the bytes again).
export function entryUpload(file: Pick<File, 'name' | 'type' | 'size'>, campaign: Pick<Campaign, 'formats' | 'max_bytes'>): { type: string } | { problem: string } {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const allowed = campaign.formats.flatMap((f) => KINDS[f]?.types ?? []);
  const type = allowed.includes(file.type) ? file.type : TYPE_BY_EXTENSION[extension];
  if (!type || !allowed.includes(type)) return { problem: 'campaigns.entry.badType' };
  if (file.size === 0) return { problem: 'campaigns.entry.empty' };
  if (file.size > campaign.max_bytes) return { problem: 'campaigns.entry.tooLarge' };
  return { type };
}

// The total of the points given so far, and whether every criterion has them.
export function reviewTotal(rubric: Campaign['rubric'], scores: Record<string, number | undefined>): { total: number; complete: boolean } {
  let total = 0;
  let complete = true;
  for (const c of rubric) {
    const points = scores[c.code];
    if (points === undefined || points === null || Number.isNaN(points)) {
      complete = false;
      continue;
    }
    total += points;
  }
  return { total, complete };
}

// The proposal as a list of awards to save (the committee's decisions included).
export function proposalAwards(standings: Pick<Standings, 'proposal'>): Award[] {
  return standings.proposal.map((p) => ({ entry_id: p.entry_id, tier: p.tier }));
}

// A tier's name by its code.
export function tierName(campaign: Pick<Campaign, 'tiers'>, code: string | null | undefined): string {
  if (!code) return '';
  return campaign.tiers.find((t) => t.code === code)?.name ?? code;
}

// "2026-05-28 – 2026-08-31": the window's days as the call gives them (the last day is the
// one before it closes at midnight).
export function windowText(campaign: Pick<Campaign, 'opens_at' | 'closes_at'>): string {
  const day = (iso: string) => iso.slice(0, 10);
  const lastDay = new Date(Date.parse(campaign.closes_at) - 1000 + 8 * 3600 * 1000).toISOString().slice(0, 10);
  return `${day(campaign.opens_at)} – ${lastDay}`;
}
