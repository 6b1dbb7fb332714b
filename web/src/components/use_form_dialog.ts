// The life of a dialog that edits one record (a worker of the roster, a venue): on opening
// the form is filled afresh and old errors cleared; saving first checks what the browser
// can, then sends, closes and hands the saved record on. A refusal of the server that names
// a field shows beside that field; any other failure shows once, above the buttons.
import { ref, watch, type Ref } from 'vue';
import { ApiError } from '@/api/client';
import { errorMessage } from '@/api/errors';

type Translate = (key: string) => string;
// Messages by field name; an empty object when nothing is wrong.
export type FieldErrors = Partial<Record<string, string>>;

export interface FormDialogOptions<Saved, Errors extends FieldErrors> {
  open: Ref<boolean>;
  t: Translate;
  // Fills the form for the record being edited, or a new one.
  fill: () => void;
  // The errors found before sending.
  check: () => Errors;
  send: () => Promise<Saved>;
  saved: (record: Saved) => void;
}

export interface FormDialog<Errors extends FieldErrors> {
  errors: Ref<Errors>;
  failure: Ref<string>;
  saving: Ref<boolean>;
  save: () => Promise<void>;
}

export function useFormDialog<Saved, Errors extends FieldErrors>(options: FormDialogOptions<Saved, Errors>): FormDialog<Errors> {
  const errors = ref({}) as Ref<Errors>;
  const failure = ref('');
  const saving = ref(false);

  watch(options.open, (now) => {
    if (!now) return;
    options.fill();
    errors.value = {} as Errors;
    failure.value = '';
  });

  function showFailure(e: unknown) {
    if (e instanceof ApiError && e.field) errors.value = { [e.field]: errorMessage(e, options.t) } as Errors;
    else failure.value = errorMessage(e, options.t);
  }

  async function save() {
    errors.value = options.check();
    if (Object.keys(errors.value).length) return;
    saving.value = true;
    failure.value = '';
    try {
      const record = await options.send();
      options.open.value = false;
      options.saved(record);
    } catch (e) {
      showFailure(e);
    } finally {
      saving.value = false;
    }
  }

  return { errors, failure, saving, save };
}
