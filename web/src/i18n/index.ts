// vue-i18n set-up. Messages live in one file per area and language (zh/common.ts,
// en/workbench.ts, …); each file's default export becomes the namespace named after the
// file, so `t('workbench.inbox')` reads en/workbench.ts → inbox. Adding an area is adding
// a file to both folders; nothing here changes.
import { createI18n } from 'vue-i18n';

export type Locale = 'zh' | 'en';
export const LOCALES: Locale[] = ['zh', 'en'];
const STORAGE_KEY = 'sanwang.locale';

interface Messages {
  [key: string]: Messages | string;
}

function collect(modules: Record<string, { default: Messages }>): Messages {
  const messages: Messages = {};
  for (const [path, module] of Object.entries(modules)) {
    const area = path.replace(/^.*\//, '').replace(/\.ts$/, '');
    messages[area] = module.default;
  }
  return messages;
}

export const messages = {
  zh: collect(import.meta.glob<{ default: Messages }>('./zh/*.ts', { eager: true })),
  en: collect(import.meta.glob<{ default: Messages }>('./en/*.ts', { eager: true })),
};

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage may be off (private mode); Chinese is the default.
  }
  return 'zh';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale() as string,
  fallbackLocale: 'zh',
  messages,
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits then; the switch still works.
  }
}

// A name in the current language, for server records that carry `name` (Chinese) and `name_en`.
export function localName(record: { name: string; name_en?: string } | null | undefined): string {
  if (!record) return '';
  return i18n.global.locale.value === 'en' && record.name_en ? record.name_en : record.name;
}
