// GET /api/v1/client-config, read once per account: the district's name, the map's centre
// and zoom, and the raster tile URL (empty: no raster base map, the app makes no outside
// request). The server answers for the caller's own district (an installation may serve
// several), so session.ts forgets it whenever the signed-in account changes.
// The server sends no centre while no unit has a boundary; the app then opens on a default.
import { call } from './typed_client';
import type { ClientConfig as ServerConfig } from './types';

export type ClientConfig = ServerConfig & { center: [number, number] };

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

function centre(sent: ServerConfig['center']): [number, number] {
  return sent && sent.length === 2 ? [sent[0], sent[1]] : DEFAULT_CLIENT_CONFIG.center;
}

// The next loadClientConfig asks the server again.
export function forgetClientConfig(): void {
  pending = null;
}

// Never fails: the defaults stand in when the server does not answer.
export function loadClientConfig(): Promise<ClientConfig> {
  if (!pending) {
    pending = call('get', '/api/v1/client-config')
      .then((c) => ({ ...DEFAULT_CLIENT_CONFIG, ...c, center: centre(c.center) }))
      .catch(() => DEFAULT_CLIENT_CONFIG);
  }
  return pending;
}
