import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import App from './App.vue';
import { router } from './router';
import { i18n, setLocale } from './i18n';

setLocale(i18n.global.locale.value as 'zh' | 'en');
createApp(App).use(i18n).use(router).use(ElementPlus).mount('#app');
