import { createApp } from 'vue';
// Element Plus components come in per page (unplugin-vue-components in vite.config.ts); the
// base styles and the services called from scripts (ElMessage, ElMessageBox) are here.
import 'element-plus/theme-chalk/base.css';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import App from './App.vue';
import { router } from './router';
import { i18n, setLocale } from './i18n';

setLocale(i18n.global.locale.value as 'zh' | 'en');
createApp(App).use(i18n).use(router).mount('#app');
