import { describe, expect, it } from 'vitest';
import { dueNote, eventVerb, invoiceUpload, MAX_INVOICE_BYTES, stateText, stateTone } from './invoice_view';

describe('invoiceUpload', () => {
  it('takes photos and PDFs by their type or, without one, by their extension', () => {
    expect(invoiceUpload({ name: 'a.jpg', type: 'image/jpeg', size: 10 })).toEqual({ type: 'image/jpeg' });
    expect(invoiceUpload({ name: '发票.PDF', type: '', size: 10 })).toEqual({ type: 'application/pdf' });
    expect(invoiceUpload({ name: 'scan.webp', type: 'application/octet-stream', size: 10 })).toEqual({ type: 'image/webp' });
  });

  it('names why a file cannot be sent: its type, its size, or nothing in it', () => {
    expect(invoiceUpload({ name: 'a.docx', type: 'application/msword', size: 10 })).toEqual({ problem: 'support.budget.approval.badType' });
    expect(invoiceUpload({ name: 'a.pdf', type: 'application/pdf', size: MAX_INVOICE_BYTES + 1 })).toEqual({ problem: 'support.budget.approval.tooLarge' });
    expect(invoiceUpload({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toEqual({ problem: 'support.budget.approval.empty' });
  });
});

describe('the history in words', () => {
  it('reads every step of the chain by its effect', () => {
    expect(eventVerb({ action: 'street_approve' })).toBe('support.budget.approval.did.approve');
    expect(eventVerb({ action: 'district_return' })).toBe('support.budget.approval.did.return');
    expect(eventVerb({ action: 'resubmit' })).toBe('support.budget.approval.did.resubmit');
    expect(eventVerb({ action: 'submit' })).toBe('support.budget.approval.did.submit');
    expect(eventVerb({ action: 'supervise' })).toBe('support.budget.approval.did.supervise');
  });

  it('colours a returned record apart from one waiting and one done', () => {
    expect(stateTone('returned')).toBe('danger');
    expect(stateTone('street_review')).toBe('warning');
    expect(stateTone('approved')).toBe('success');
  });
});

describe('stateText', () => {
  it('speaks the page’s language and falls back to the server’s label for a state it does not know', () => {
    const words: Record<string, string> = { 'support.budget.approval.states.returned': '已退回' };
    const t = (k: string) => words[k] ?? k;
    const te = (k: string) => k in words;
    expect(stateText({ state: 'returned', state_label: '已退回 Returned' }, t, te)).toBe('已退回');
    expect(stateText({ state: 'audit_review', state_label: '待审计 Awaiting audit' }, t, te)).toBe('待审计 Awaiting audit');
  });
});

describe('dueNote', () => {
  it('words a step against its deadline as the server judged it, and nothing for a step without one', () => {
    const at = '2026-12-02T17:30:00+08:00';
    expect(dueNote({ step_due: at, overdue: false })).toEqual({ key: 'support.budget.approval.dueBy', at });
    expect(dueNote({ step_due: at, overdue: true })).toEqual({ key: 'support.budget.approval.overdue', at });
    expect(dueNote({ step_due: null, overdue: false })).toBeNull();
  });
});
