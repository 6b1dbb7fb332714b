import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { useNarrow } from './use_narrow';

// A media query list whose width the test sets, as a turn of the phone would.
function fakeQuery(matches: boolean) {
  const listeners = new Set<(e: MediaQueryListEvent) => void>();
  const query = {
    matches,
    addEventListener: (_: string, f: (e: MediaQueryListEvent) => void) => listeners.add(f),
    removeEventListener: (_: string, f: (e: MediaQueryListEvent) => void) => listeners.delete(f),
    change(now: boolean) {
      for (const f of listeners) f({ matches: now } as MediaQueryListEvent);
    },
    listeners,
  };
  return query;
}

function mounted(maxWidth: number) {
  let narrow = { value: false };
  const Probe = defineComponent({
    setup() {
      narrow = useNarrow(maxWidth);
      return () => h('span', narrow.value ? 'narrow' : 'wide');
    },
  });
  return { wrapper: mount(Probe), narrow: () => narrow.value };
}

describe('useNarrow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts from the window width, follows changes and stops listening when unmounted', async () => {
    const query = fakeQuery(true);
    const matchMedia = vi.fn(() => query);
    vi.stubGlobal('matchMedia', matchMedia);
    const { wrapper, narrow } = mounted(640);
    expect(matchMedia).toHaveBeenCalledWith('(max-width: 640px)');
    expect(narrow()).toBe(true);
    query.change(false);
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe('wide');
    wrapper.unmount();
    expect(query.listeners.size).toBe(0);
  });

  it('is wide where the browser cannot say', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(mounted(640).narrow()).toBe(false);
  });
});
