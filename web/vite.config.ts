import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { fileURLToPath, URL } from 'node:url';

// `npm run dev` proxies the API to a `sanwang serve` on SANWANG_API (default 127.0.0.1:8080).
const api = process.env.SANWANG_API ?? 'http://127.0.0.1:8080';

// The API reference page (GET /api/v1/docs, src/api/system_routes.cc) runs Redoc's standalone
// bundle from this origin: the build copies it into dist/redoc/, with its licence texts. The one
// outside address the bundle loads, its footer's logo, becomes an empty data: URL (the image
// fails and the footer shows its text alone), so the page asks nothing of another host; a
// Redoc whose bundle no longer has it fails the build, to be looked at again.
const REDOC_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';

function apiReference(): Plugin {
  const redoc = new URL('./node_modules/redoc/', import.meta.url);
  const files: [string, string][] = [
    ['bundles/redoc.standalone.js', 'redoc.standalone.js'],
    ['bundles/redoc.standalone.js.LICENSE.txt', 'redoc.standalone.js.LICENSE.txt'],
    ['LICENSE', 'LICENSE.txt'],
  ];
  return {
    name: 'sanwang-api-reference',
    apply: 'build',
    generateBundle() {
      for (const [from, to] of files) {
        let source = readFileSync(new URL(from, redoc), 'utf8');
        if (to === 'redoc.standalone.js') {
          if (!source.includes(REDOC_LOGO)) this.error(`redoc.standalone.js no longer loads ${REDOC_LOGO}`);
          source = source.replaceAll(REDOC_LOGO, 'data:,');
        }
        this.emitFile({ type: 'asset', fileName: `redoc/${to}`, source });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    vue(),
    apiReference(),
    // Element Plus components (and their styles) imported where a template uses them, so each
    // page's chunk carries only its own; the tests install the whole library instead.
    ...(process.env.VITEST ? [] : [Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })]),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: {
    proxy: { '/api': api, '/healthz': api },
    // Tests read the repository's workflow files (config/workflows) to check every event kind.
    fs: process.env.VITEST ? { allow: ['..'] } : undefined,
  },
  build: {
    outDir: 'dist',
    // Everything is bundled: the app must work with no outside host (no CDN, no web fonts).
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        // Only the framework is one chunk of its own; Element Plus, ECharts and Leaflet go
        // with the pages (lazy routes) that use them.
        manualChunks: {
          vue: ['vue', 'vue-router', 'vue-i18n'],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // CSS is not processed in tests, but for the theme (tests/theme.test.ts reads it raw).
    css: { include: [/src\/styles\.css/] },
    // The machine running the suite is often shared with compilers: generous, not tight.
    testTimeout: 30000,
  },
});
