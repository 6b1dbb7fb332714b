// Loading and error state for one request, so every page shows both the same way.
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';

export interface RequestState<T, A extends unknown[]> {
  data: ShallowRef<T | undefined>;
  loading: Ref<boolean>;
  error: ShallowRef<unknown>;
  run: (...args: A) => Promise<T | undefined>;
}

export function useRequest<T, A extends unknown[] = []>(fn: (...args: A) => Promise<T>): RequestState<T, A> {
  const data = shallowRef<T>();
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  let latest = 0;
  async function run(...args: A): Promise<T | undefined> {
    const mine = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const result = await fn(...args);
      if (mine === latest) data.value = result;
      return result;
    } catch (e) {
      if (mine === latest) error.value = e;
      return undefined;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }
  return { data, loading, error, run };
}
