// Evidence of a progress report (进度佐证材料) as the ledger page handles it: which files the
// server takes (the types and the size of src/governance/evidence_file.h), the type to
// send for a chosen file, and which report each uploaded file belongs to. Pure, so it is
// tested without a browser.
import type { Evidence, LedgerEvent } from './ledger_api';

// The server's limit on one file (governance::kMaxEvidenceBytes).
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// By extension, for a browser or phone that gives a document no type.
const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: DOCX,
  xlsx: XLSX,
};

const EVIDENCE_TYPES = new Set(Object.values(TYPE_BY_EXTENSION));

// For <input type="file" accept>: a phone offers its camera and its files for these.
export const EVIDENCE_ACCEPT = [...EVIDENCE_TYPES, ...Object.keys(TYPE_BY_EXTENSION).map((e) => `.${e}`)].join(',');

// The type to send for a chosen file, or the i18n key of why it cannot be sent.
export function evidenceUpload(file: Pick<File, 'name' | 'type' | 'size'>): { type: string } | { problem: string } {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const type = EVIDENCE_TYPES.has(file.type) ? file.type : TYPE_BY_EXTENSION[extension];
  if (!type) return { problem: 'governance.ledger.evidence.badType' };
  if (file.size > MAX_EVIDENCE_BYTES) return { problem: 'governance.ledger.evidence.tooLarge' };
  if (file.size === 0) return { problem: 'governance.ledger.evidence.empty' };
  return { type };
}

// The files each report claimed, by the report's event id, and those no report has
// claimed yet (they go with the unit's next report).
export function evidenceByReport(files: Evidence[]): { byEvent: Map<number, Evidence[]>; pending: Evidence[] } {
  const byEvent = new Map<number, Evidence[]>();
  const pending: Evidence[] = [];
  for (const f of files) {
    if (f.event_id === null) {
      pending.push(f);
      continue;
    }
    byEvent.set(f.event_id, [...(byEvent.get(f.event_id) ?? []), f]);
  }
  return { byEvent, pending };
}

// The events newest first, each with the files its report claimed.
export function historyWithEvidence(events: LedgerEvent[], files: Evidence[]): { event: LedgerEvent; files: Evidence[] }[] {
  const { byEvent } = evidenceByReport(files);
  return [...events].reverse().map((event) => ({ event, files: byEvent.get(event.id) ?? [] }));
}

// "820 B", "14.2 KB", "3.1 MB".
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
