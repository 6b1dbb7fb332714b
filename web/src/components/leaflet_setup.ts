// Leaflet for every map of the app, with nothing loaded from outside hosts: the marker
// images are bundled by Vite (Leaflet would otherwise guess their URL from its CSS), and the
// base layer is the raster tile URL of /api/v1/client-config when one is set, else the
// district's own map: the imported streets with their names (GET /map/roads, at every zoom:
// the server sends the major streets when zoomed out) and labelled landmarks (GET
// /map/landmarks) over a light background.
import L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import { call } from '@/api/typed_client';
import { loadClientConfig } from '@/api/client_config';
import { debounce } from '@/utils/format';
import { i18n } from '@/i18n';
import { drawStreets } from './street_layer';
import { withoutOverlaps, type Box, type StreetProps } from './street_style';
import { landmarkBox, landmarkRank, type LandmarkKind } from './landmark_labels';

delete (L.Icon.Default.prototype as unknown as { _getIconUrl?: unknown })._getIconUrl;
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

export { L };

interface LandmarkProps {
  kind: LandmarkKind;
  id: string;
  name: string;
  type: string;
}

function textElement(text: string, className: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text; // never innerHTML: names come from imported data
  return span;
}

function boxOf(map: L.Map): string {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(',');
}

// Draws the landmarks into `group` (emptied first): every facility's dot, and the names
// that fit without covering one another (landmark_labels.ts). Returns the boxes the names
// take, so that street names are kept off them.
function drawLandmarks(map: L.Map, group: L.LayerGroup, landmarks: GeoJSON.FeatureCollection<GeoJSON.Point, LandmarkProps>): Box[] {
  group.clearLayers();
  const labels = landmarks.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const at = map.latLngToContainerPoint([lat, lon]);
    return { kind: f.properties.kind, name: f.properties.name, rank: landmarkRank(f.properties.kind), x: at.x, y: at.y, lat, lon };
  });
  for (const l of labels.filter((l) => l.kind === 'facility')) {
    L.circleMarker([l.lat, l.lon], { radius: 4, color: '#fff', weight: 1, fillColor: '#5b8def', fillOpacity: 0.9, interactive: false }).addTo(group);
  }
  const placed: Box[] = [];
  for (const l of withoutOverlaps(labels, landmarkBox, placed)) {
    const facility = l.kind === 'facility';
    L.tooltip({
      permanent: true,
      direction: facility ? 'right' : 'center',
      offset: facility ? [4, 0] : [0, 0],
      className: `landmark-label landmark-label--${l.kind}`,
      interactive: false,
    })
      .setLatLng([l.lat, l.lon])
      .setContent(textElement(l.name, ''))
      .addTo(group);
  }
  return placed;
}

function addDistrictMap(map: L.Map): void {
  const streets = L.layerGroup().addTo(map);
  const landmarks = L.layerGroup().addTo(map);
  let unavailable = false;
  let removed = false;
  const refresh = debounce(async () => {
    if (removed || unavailable) return;
    const query = { bbox: boxOf(map), zoom: map.getZoom() };
    try {
      const [roads, places] = await Promise.all([
        call('get', '/api/v1/map/roads', { query }),
        call('get', '/api/v1/map/landmarks', { query }),
      ]);
      if (removed) return;
      // Landmark names first: a street's name gives way to a community's.
      const placed = drawLandmarks(map, landmarks, places);
      drawStreets(map, streets, roads, undefined, placed);
    } catch {
      // No map data on this server (404/503): the map stays a plain canvas with its markers.
      unavailable = true;
    }
  }, 250);
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
    addDistrictMap(map);
  }
}

// Where a map without a given centre opens: the signed-in person's community (or the
// district), as the server says; then the device's place when the browser already has
// permission to tell it (no prompt is raised for this).
async function openAtStart(map: L.Map): Promise<void> {
  try {
    const start = await call('get', '/api/v1/map/start');
    map.setView([start.center[0], start.center[1]], start.zoom, { animate: false });
  } catch {
    // The client configuration's district view stays.
  }
  const permissions = (navigator as Navigator & { permissions?: Permissions }).permissions;
  if (!permissions || !('geolocation' in navigator)) return;
  try {
    const state = await permissions.query({ name: 'geolocation' as PermissionName });
    if (state.state !== 'granted') return;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        // Phones report GCJ-02; the server converts to the map's WGS-84.
        call('get', '/api/v1/org/locate', { query: { lat: pos.coords.latitude, lon: pos.coords.longitude, coord_system: 'gcj02' } })
          .then((here) => map.setView([here.lat, here.lon], Math.max(map.getZoom(), 16), { animate: false }))
          .catch(() => undefined);
      },
      () => undefined,
      { timeout: 10000, maximumAge: 60000 },
    );
  } catch {
    // Without the permissions API the start view stays.
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
  if (!options.center) await openAtStart(map);
  await addBaseLayer(map);
  return map;
}

export type { StreetProps };
