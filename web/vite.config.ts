import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';

// `npm run dev` proxies the API to a `sanwang serve` on SANWANG_API (default 127.0.0.1:8080).
const api = process.env.SANWANG_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [vue()],
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
        manualChunks: {
          vue: ['vue', 'vue-router', 'vue-i18n'],
          'element-plus': ['element-plus'],
          echarts: ['echarts'],
          leaflet: ['leaflet'],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    css: false,
    // The machine running the suite is often shared with compilers: generous, not tight.
    testTimeout: 30000,
  },
});
