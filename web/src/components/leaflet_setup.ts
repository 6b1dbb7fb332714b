// Leaflet for every map of the app, with nothing loaded from outside hosts: the marker
// images are bundled by Vite (Leaflet would otherwise guess their URL from its CSS), and the
// base layer is the raster tile URL of /api/v1/client-config when one is set, else the
// walking network of the imported data (GET /api/v1/map/roads), drawn as thin lines.
import L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { api } from '@/api/client';
import { loadClientConfig } from '@/api/client_config';
import { debounce } from '@/utils/format';
import { i18n } from '@/i18n';

delete (L.Icon.Default.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

export { L };

// Roads are drawn only when zoomed in far enough for the box to stay small.
const ROADS_MIN_ZOOM = 14;

function addRoadLayer(map: L.Map): void {
  const layer = L.geoJSON(undefined, { style: { color: '#b0b8c4', weight: 1.5, opacity: 0.9 }, interactive: false });
  layer.addTo(map);
  let unavailable = false;
  let removed = false;
  const refresh = debounce(async () => {
    if (removed) return;
    if (unavailable || map.getZoom() < ROADS_MIN_ZOOM) {
      layer.clearLayers();
      return;
    }
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(',');
    try {
      const roads = await api.get<GeoJSON.FeatureCollection>('map/roads', { bbox });
      if (removed) return;
      layer.clearLayers();
      layer.addData(roads);
    } catch {
      // No walking network imported (404/503): the map stays a plain canvas with its markers.
      unavailable = true;
    }
  }, 300);
  map.on('moveend', refresh);
  map.on('unload', () => {
    removed = true;
    refresh.cancel();
  });
  refresh();
}

export async function addBaseLayer(map: L.Map): Promise<void> {
  const config = await loadClientConfig();
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { maxZoom: 19, attribution: 'Leaflet' }).addTo(map);
  } else {
    addRoadLayer(map);
  }
}

export async function createMap(element: HTMLElement, options: L.MapOptions = {}): Promise<L.Map> {
  const config = await loadClientConfig();
  const map = L.map(element, { center: config.center, zoom: config.zoom, zoomControl: false, ...options });
  // Leaflet's own control says "Zoom in" in any language.
  const t = i18n.global.t;
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  // The base layer is the district's own data unless a tile server is configured; its
  // attribution then comes with the tile layer.
  map.attributionControl.setPrefix(false);
  await addBaseLayer(map);
  return map;
}
