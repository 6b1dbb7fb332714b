import { describe, expect, it } from 'vitest';
import { entryAccept, entryUpload, proposalAwards, reviewTotal, tierName, windowText } from './campaign_view';

const CAMPAIGN = { formats: ['docx', 'txt'] as ('docx' | 'txt')[], max_bytes: 1000 };
const RUBRIC = [
  { code: 'content', name: '思想内容', most: 40 },
  { code: 'language', name: '文字表达', most: 60 },
];

describe('campaign view', () => {
  it('takes only the kinds the campaign accepts, by type or extension, within its size', () => {
    expect(entryUpload({ name: '征文.docx', type: '', size: 10 }, CAMPAIGN)).toEqual({ type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(entryUpload({ name: 'a', type: 'text/plain', size: 10 }, CAMPAIGN)).toEqual({ type: 'text/plain' });
    expect(entryUpload({ name: 'a.pdf', type: 'application/pdf', size: 10 }, CAMPAIGN)).toEqual({ problem: 'campaigns.entry.badType' });
    expect(entryUpload({ name: 'a.exe', type: 'application/x-msdownload', size: 10 }, CAMPAIGN)).toEqual({ problem: 'campaigns.entry.badType' });
    expect(entryUpload({ name: 'a.txt', type: 'text/plain', size: 1001 }, CAMPAIGN)).toEqual({ problem: 'campaigns.entry.tooLarge' });
    expect(entryUpload({ name: 'a.txt', type: 'text/plain', size: 0 }, CAMPAIGN)).toEqual({ problem: 'campaigns.entry.empty' });
    expect(entryAccept(['txt', 'image'])).toBe('text/plain,.txt,image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp');
  });

  it('adds a review up and says whether every criterion is scored', () => {
    expect(reviewTotal(RUBRIC, { content: 30 })).toEqual({ total: 30, complete: false });
    expect(reviewTotal(RUBRIC, { content: 30, language: 0 })).toEqual({ total: 30, complete: true });
    expect(reviewTotal(RUBRIC, { content: 30, language: Number.NaN })).toEqual({ total: 30, complete: false });
  });

  it('turns a proposal into the awards to save and names tiers', () => {
    const proposal = [{ entry_id: 3, tier: 'first' }, { entry_id: 9, tier: 'mention' }];
    expect(proposalAwards({ proposal })).toEqual(proposal);
    const tiers = [{ code: 'first', name: '一等奖', quota: 1, floor: null }];
    expect(tierName({ tiers }, 'first')).toBe('一等奖');
    expect(tierName({ tiers }, 'gold')).toBe('gold');
    expect(tierName({ tiers }, null)).toBe('');
  });

  it('gives the window as its first and last whole days in Shanghai', () => {
    expect(windowText({ opens_at: '2026-05-28T00:00:00+08:00', closes_at: '2026-09-01T00:00:00+08:00' })).toBe('2026-05-28 – 2026-08-31');
    expect(windowText({ opens_at: '2026-05-28T00:00:00+08:00', closes_at: '2026-09-01T12:00:00+08:00' })).toBe('2026-05-28 – 2026-09-01');
  });
});
