// The streets of the imported map drawn in Leaflet (styles and labels: street_style.ts), for
// every map of the app: the resident maps' base layer and the staff map page.
import L from 'leaflet';
import { streetCasing, streetLabels, streetStyle, withoutOverlaps, type Box, type StreetCollection } from './street_style';

function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text; // never innerHTML: names come from imported data
  return span;
}

// One canvas per layer group, made once: a new canvas at every redraw would stay on the map.
const renderers = new WeakMap<L.LayerGroup, L.Canvas>();

// Draws the streets into `group` (emptied first), on a canvas in `pane` when given. A street's
// name is left out where it would cover a box of `placed` (names already on the map).
export function drawStreets(map: L.Map, group: L.LayerGroup, roads: StreetCollection, pane?: string, placed: Box[] = []): void {
  group.clearLayers();
  let renderer = renderers.get(group);
  if (!renderer) {
    renderer = L.canvas({ padding: 0.2, ...(pane ? { pane } : {}) });
    renderers.set(group, renderer);
  }
  // Casings first, every street above them, minor streets under major ones.
  const byRank = [...roads.features].sort((a, b) => (b.properties?.rank ?? 4) - (a.properties?.rank ?? 4));
  const line = (f: (typeof byRank)[number]) => f.geometry.coordinates.map(([lon, lat]) => [lat, lon] as [number, number]);
  for (const f of byRank) {
    const casing = streetCasing(f.properties ?? {}, map.getZoom());
    if (casing) L.polyline(line(f), { ...casing, renderer, interactive: false }).addTo(group);
  }
  for (const f of byRank) L.polyline(line(f), { ...streetStyle(f.properties ?? {}, map.getZoom()), renderer, interactive: false }).addTo(group);
  const b = map.getBounds();
  const labels = streetLabels(roads, map.getZoom(), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  // About 12 px per character and a margin: names that would cover one another are left out.
  const boxOf = (label: { name: string; at: [number, number] }) => {
    const at = map.latLngToContainerPoint(label.at);
    const width = [...label.name].length * 12 + 16;
    return { x: at.x - width / 2, y: at.y - 10, width, height: 20 };
  };
  for (const label of withoutOverlaps(labels, boxOf, placed)) {
    L.tooltip({ permanent: true, direction: 'center', className: `street-label street-label--r${label.rank}`, interactive: false })
      .setLatLng(label.at)
      .setContent(textElement(label.name))
      .addTo(group);
  }
}

