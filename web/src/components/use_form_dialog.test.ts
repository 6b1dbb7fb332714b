import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { ApiError } from '@/api/client';
import { useFormDialog, type FieldErrors } from './use_form_dialog';

const t = (key: string) => key;

// A dialog over a record with one field, `name`, whose check and send the test sets.
function dialog(check: () => FieldErrors, send: () => Promise<string>) {
  const open = ref(false);
  const fill = vi.fn();
  const saved = vi.fn();
  const form = effectScope().run(() => useFormDialog({ open, t, fill, check, send, saved }))!;
  return { open, fill, saved, ...form };
}

describe('useFormDialog', () => {
  it('fills the form and clears old errors each time it opens', async () => {
    const d = dialog(() => ({ name: 'required' }), () => Promise.resolve('x'));
    await d.save();
    expect(d.errors.value).toEqual({ name: 'required' });
    d.failure.value = 'old';
    d.open.value = true;
    await nextTick();
    expect(d.fill).toHaveBeenCalledOnce();
    expect(d.errors.value).toEqual({});
    expect(d.failure.value).toBe('');
  });

  it('does not send a form its own check refuses', async () => {
    const send = vi.fn(() => Promise.resolve('x'));
    const d = dialog(() => ({ name: 'required' }), send);
    await d.save();
    expect(send).not.toHaveBeenCalled();
  });

  it('closes and hands on the saved record', async () => {
    const d = dialog(() => ({}), () => Promise.resolve('saved'));
    d.open.value = true;
    const saving = d.save();
    expect(d.saving.value).toBe(true);
    await saving;
    expect(d.saving.value).toBe(false);
    expect(d.open.value).toBe(false);
    expect(d.saved).toHaveBeenCalledWith('saved');
  });

  it('shows a refusal naming a field beside that field, and stays open', async () => {
    const d = dialog(() => ({}), () => Promise.reject(new ApiError(400, 'invalid_argument', 'taken', 'name')));
    d.open.value = true;
    await d.save();
    expect(Object.keys(d.errors.value)).toEqual(['name']);
    expect(d.errors.value.name).toContain('taken');
    expect(d.failure.value).toBe('');
    expect(d.open.value).toBe(true);
    expect(d.saved).not.toHaveBeenCalled();
  });

  it('shows any other failure once, above the buttons', async () => {
    const d = dialog(() => ({}), () => Promise.reject(new ApiError(503, 'unavailable', '')));
    await d.save();
    expect(d.errors.value).toEqual({});
    expect(d.failure.value).toBe('common.errors.unavailable');
    expect(d.saving.value).toBe(false);
  });
});
