// Shared by the admin page tests: the mocked API client (src/api/__mocks__/client.ts) and small DOM helpers for
// Element Plus dialogs, which render into document.body.
import { vi } from 'vitest';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import type { Component } from 'vue';
import { i18n } from '@/i18n';
import { api } from '@/api/client';

// The mocked client's methods; a test file must call vi.mock('@/api/client') for these to be mocks.
export const calls = vi.mocked(api);

export function mountPage(page: Component) {
  return mount(page, { attachTo: document.body, global: { plugins: [i18n, ElementPlus] } });
}

export function inBody(selector: string): HTMLElement {
  const el = document.body.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

// Type into an Element Plus input found by data-test (the attribute sits on its wrapper).
export function typeInto(selector: string, value: string): void {
  const host = inBody(selector);
  const input = (host.tagName === 'INPUT' || host.tagName === 'TEXTAREA' ? host : host.querySelector('input, textarea')) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function chooseFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

export function resetCalls(): void {
  for (const f of Object.values(calls)) f.mockReset();
  document.body.innerHTML = '';
}
