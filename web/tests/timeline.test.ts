import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { i18n, messages } from '@/i18n';
import CaseTimeline from '@/components/CaseTimeline.vue';

// Event kinds: every action of the case workflows, and those the case engine writes itself
// (src/cases/case_engine.cc: "submit", "merged_in"). Other engines' workflows (the ledger's
// milestones) have timelines of their own, labelled by the server.
const WORKFLOWS = import.meta.glob<string>('../../config/workflows/resident_matter.toml', { query: '?raw', import: 'default', eager: true });
const workflowActions = Object.values(WORKFLOWS).flatMap((text) => [...text.matchAll(/^\s*action\s*=\s*"([a-z_]+)"/gm)].map((m) => m[1]));
const EVENT_KINDS = [...new Set([...workflowActions, 'submit', 'merged_in'])];

const event = (seq: number, action: string) => ({
  seq,
  action,
  from_state: 'accepted',
  to_state: 'accepted',
  actor_role: 'grid_worker',
  unit: null,
  note: '',
  data: {},
  at: '2026-03-02T09:00:00+08:00',
});

describe('CaseTimeline', () => {
  it('has a label for every event kind in both languages', () => {
    expect(workflowActions.length).toBeGreaterThan(5);
    for (const locale of [messages.zh, messages.en]) {
      const actions = (locale as unknown as { case: { actions: Record<string, string> } }).case.actions;
      expect(EVENT_KINDS.filter((k) => !actions[k])).toEqual([]);
    }
  });

  it('never shows a raw event key', () => {
    for (const locale of ['zh', 'en'] as const) {
      i18n.global.locale.value = locale;
      const events = [...EVENT_KINDS, 'some_future_kind'].map((k, i) => event(i + 1, k));
      const page = mount(CaseTimeline, { props: { events: events as never }, global: { plugins: [i18n, ElementPlus] } });
      const labels = page.findAll('.el-timeline-item strong').map((s) => s.text());
      expect(labels).toHaveLength(events.length);
      for (const kind of [...EVENT_KINDS, 'some_future_kind']) expect(labels).not.toContain(kind);
      expect(labels[labels.length - 1]).toBe(locale === 'zh' ? '其他操作' : 'Other action');
      page.unmount();
    }
  });
});
