// GET /api/v1/client-config, read once: the district's name, the map's centre and zoom,
// and the raster tile URL (empty: no raster base map, the app makes no outside request).
import { api } from './client';
import type { ClientConfig } from './types';

export const DEFAULT_CLIENT_CONFIG: ClientConfig = {
  district_name_zh: '',
  district_name_en: '',
  center: [34.03, 113.82],
  zoom: 13,
  tile_url: '',
  satisfied_min_stars: 4,
  urge_interval_hours: 24,
};

let pending: Promise<ClientConfig> | null = null;

// Never fails: the defaults stand in when the server does not answer.
export function loadClientConfig(): Promise<ClientConfig> {
  if (!pending) {
    pending = api
      .get<ClientConfig>('client-config')
      .then((c) => ({ ...DEFAULT_CLIENT_CONFIG, ...c }))
      .catch(() => DEFAULT_CLIENT_CONFIG);
  }
  return pending;
}
