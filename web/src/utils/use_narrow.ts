// Whether the window is at most `maxWidth` pixels wide, following resizes and turns of the
// phone while the calling component lives: pages show cards or fewer columns on a phone.
import { onBeforeUnmount, ref, type Ref } from 'vue';

export function useNarrow(maxWidth: number): Ref<boolean> {
  const query = window.matchMedia?.(`(max-width: ${maxWidth}px)`);
  const narrow = ref(query?.matches ?? false);
  const onChange = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  query?.addEventListener?.('change', onChange);
  onBeforeUnmount(() => query?.removeEventListener?.('change', onChange));
  return narrow;
}
