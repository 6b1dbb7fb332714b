import { describe, expect, it } from 'vitest';
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES, evidenceByReport, evidenceUpload, historyWithEvidence, sizeText } from './evidence_view';
import type { Evidence, LedgerEvent } from './ledger_api';

function file(id: number, event_id: number | null): Evidence {
  return {
    id,
    event_id,
    file_name: `材料${id}.pdf`,
    content_type: 'application/pdf',
    size_bytes: 100,
    sha256: 'a'.repeat(64),
    uploaded_by: 'community',
    uploaded_at: '2026-11-30T09:00:00+08:00',
    url: `/api/v1/ledger/milestones/7/evidence/${id}`,
  };
}

function event(id: number): LedgerEvent {
  return { id, at: '2026-11-30T09:00:00+08:00', username: 'community', role: 'community_staff', action: 'report', from_state: 'planned', to_state: 'in_progress', percent: 50, note: '' };
}

describe('evidence of a progress report', () => {
  it('sends the browser type of an allowed file, or the type its extension names', () => {
    expect(evidenceUpload({ name: '现场.jpg', type: 'image/jpeg', size: 2000 })).toEqual({ type: 'image/jpeg' });
    expect(evidenceUpload({ name: '总结.DOCX', type: '', size: 2000 })).toEqual({
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(evidenceUpload({ name: '台账.xlsx', type: 'application/octet-stream', size: 10 })).toEqual({
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('names why a file cannot be sent', () => {
    expect(evidenceUpload({ name: 'IMG_0001.HEIC', type: 'image/heic', size: 2000 })).toEqual({ problem: 'governance.ledger.evidence.badType' });
    expect(evidenceUpload({ name: 'notes', type: '', size: 20 })).toEqual({ problem: 'governance.ledger.evidence.badType' });
    expect(evidenceUpload({ name: 'scan.pdf', type: 'application/pdf', size: MAX_EVIDENCE_BYTES + 1 })).toEqual({
      problem: 'governance.ledger.evidence.tooLarge',
    });
    expect(evidenceUpload({ name: 'scan.pdf', type: 'application/pdf', size: MAX_EVIDENCE_BYTES })).toEqual({ type: 'application/pdf' });
    expect(evidenceUpload({ name: 'empty.pdf', type: 'application/pdf', size: 0 })).toEqual({ problem: 'governance.ledger.evidence.empty' });
  });

  it('offers the phone its camera and documents', () => {
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['image/jpeg', 'application/pdf', '.docx', '.xlsx']));
  });

  it('puts each file under the report that claimed it and keeps the rest for the next report', () => {
    const files = [file(1, 10), file(2, 10), file(3, 11), file(4, null)];
    const { byEvent, pending } = evidenceByReport(files);
    expect(byEvent.get(10)?.map((f) => f.id)).toEqual([1, 2]);
    expect(byEvent.get(11)?.map((f) => f.id)).toEqual([3]);
    expect(pending.map((f) => f.id)).toEqual([4]);
    const history = historyWithEvidence([event(10), event(11), event(12)], files);
    expect(history.map((h) => [h.event.id, h.files.map((f) => f.id)])).toEqual([
      [12, []],
      [11, [3]],
      [10, [1, 2]],
    ]);
  });

  it('writes sizes as people read them', () => {
    expect(sizeText(820)).toBe('820 B');
    expect(sizeText(14540)).toBe('14.2 KB');
    expect(sizeText(3.1 * 1024 * 1024)).toBe('3.1 MB');
  });
});
