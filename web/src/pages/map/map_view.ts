// The Leaflet map behind the map page. It owns every layer and knows nothing of requests or
// i18n: the page hands it GeoJSON and label functions and hears back clicks and view
// changes. Kept apart so the page is tested with a fake of it (jsdom has no canvas).
//
// The base works offline: the imported streets with their names on a canvas over a light
// background (street_layer.ts); a raster tile layer only when the server's client-config
// names a tile URL.
import L from 'leaflet';
import type { FeatureCollection, Geometry, LineString, Point } from 'geojson';
import { clusterByCell } from './grid_cluster';
import { COLORS, caseColor, coverageColor, unitColor } from './map_style';
import type { CaseProps, CoverageProps, GapProps, SuggestionProps, UnitProps } from './map_api';
import { drawStreets } from '@/components/street_layer';
import type { StreetProps } from '@/components/street_style';

export type Bbox = [number, number, number, number]; // min lon, min lat, max lon, max lat

export interface MapViewOptions {
  center: [number, number]; // lat, lon
  zoom: number;
  tileUrl: string;
  labels: {
    cluster: (count: number) => string;
    caseTitle: (p: CaseProps) => string;
    suggestion: (p: SuggestionProps) => string;
    zoomIn: string;
    zoomOut: string;
  };
}

export interface MapViewEvents {
  unitClick: (p: UnitProps) => void;
  caseClick: (p: CaseProps) => void;
  coverageClick: (p: CoverageProps) => void;
  viewChange: (bbox: Bbox, zoom: number) => void;
}

export interface MapView {
  // A unit with no boundary yet comes without geometry; Leaflet draws nothing for it.
  setUnits(fc: FeatureCollection<Geometry | null, UnitProps> | null): void;
  setCases(fc: FeatureCollection<Point, CaseProps> | null): void;
  setRoads(fc: FeatureCollection<LineString, StreetProps> | null): void;
  setCoverage(fc: FeatureCollection<Geometry, CoverageProps> | null): void;
  setGaps(fc: FeatureCollection<Point, GapProps> | null): void;
  setSuggestions(fc: FeatureCollection<Point, SuggestionProps> | null): void;
  focusUnit(code: string): void;
  // Frame the units drawn (a grid worker's one grid, a community staff's community).
  fitUnits(): void;
  viewBbox(): Bbox;
  zoom(): number;
  // After the map's box changed size (the side panel opened or closed).
  resize(): void;
  destroy(): void;
}

const CLUSTER_CELL_PX = 64;

function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text; // never innerHTML: names come from imported data
  return span;
}

export function createMapView(el: HTMLElement, options: MapViewOptions, events: MapViewEvents): MapView {
  const map = L.map(el, { center: options.center, zoom: options.zoom, zoomControl: false, keyboard: true, preferCanvas: false });
  // Leaflet's own control says "Zoom in" in any language.
  L.control.zoom({ zoomInTitle: options.labels.zoomIn, zoomOutTitle: options.labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  if (options.tileUrl) L.tileLayer(options.tileUrl, { maxZoom: 19 }).addTo(map);

  // Panes keep the drawing order whatever order the layers arrive in.
  for (const [name, z] of [['roads', 320], ['coverage', 380], ['units', 400], ['gaps', 560], ['cases', 600], ['sites', 650]] as const) {
    map.createPane(name).style.zIndex = String(z);
  }
  const gapRenderer = L.canvas({ pane: 'gaps' });

  const roads = L.layerGroup([], { pane: 'roads' }).addTo(map);
  let units: L.GeoJSON | null = null;
  let coverage: L.GeoJSON | null = null;
  let gaps: L.GeoJSON | null = null;
  let suggestions: L.LayerGroup | null = null;
  let caseData: FeatureCollection<Point, CaseProps> | null = null;
  const caseLayer = L.layerGroup([], { pane: 'cases' }).addTo(map);
  let highlighted: L.Path | null = null;

  const drop = (layer: L.Layer | null): null => {
    if (layer) map.removeLayer(layer);
    return null;
  };

  function unitStyle(p: UnitProps): L.PathOptions {
    const color = unitColor(p);
    return { pane: 'units', color, weight: 1.5, fillColor: color, fillOpacity: 0.18 };
  }

  function setUnits(fc: FeatureCollection<Geometry | null, UnitProps> | null): void {
    units = drop(units);
    highlighted = null;
    if (!fc) return;
    units = L.geoJSON(fc, {
      pane: 'units',
      style: (f) => unitStyle(f!.properties as UnitProps),
      onEachFeature: (f, layer) => {
        const p = f.properties as UnitProps;
        layer.bindTooltip(textElement(p.name), { sticky: true });
        layer.on('click', () => {
          highlight(layer as L.Path);
          events.unitClick(p);
        });
      },
    }).addTo(map);
  }

  function highlight(layer: L.Path): void {
    if (highlighted && units) units.resetStyle(highlighted);
    highlighted = layer;
    layer.setStyle({ weight: 4, fillOpacity: 0.32 });
    layer.bringToFront();
  }

  function focusUnit(code: string): void {
    units?.eachLayer((layer) => {
      const feature = (layer as L.Polygon).feature;
      if ((feature?.properties as UnitProps | undefined)?.code !== code) return;
      highlight(layer as L.Path);
      map.fitBounds((layer as L.Polygon).getBounds(), { maxZoom: 16 });
    });
  }

  function fitUnits(): void {
    const bounds = units?.getBounds();
    if (bounds?.isValid()) map.fitBounds(bounds, { maxZoom: 16, padding: [12, 12] });
  }

  function drawCases(): void {
    caseLayer.clearLayers();
    if (!caseData) return;
    const points = caseData.features.map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const px = map.latLngToLayerPoint([lat, lon]);
      return { x: px.x, y: px.y, item: f.properties };
    });
    const maxZoom = map.getMaxZoom();
    const cell = map.getZoom() >= (Number.isFinite(maxZoom) ? maxZoom : 18) ? 1 : CLUSTER_CELL_PX;
    for (const c of clusterByCell(points, cell)) {
      const at = map.layerPointToLatLng([c.x, c.y]);
      if (c.members.length === 1) {
        const p = c.members[0];
        const color = caseColor(p);
        L.circleMarker(at, { pane: 'cases', radius: 6, color: '#fff', weight: 1.5, fillColor: color, fillOpacity: 0.95 })
          .bindTooltip(textElement(options.labels.caseTitle(p)))
          .on('click', () => events.caseClick(p))
          .addTo(caseLayer);
        continue;
      }
      const overdue = c.members.some((p) => p.overdue);
      const size = c.members.length < 10 ? 30 : c.members.length < 100 ? 36 : 44;
      const icon = L.divIcon({
        className: `map-cluster${overdue ? ' map-cluster--overdue' : ''}`,
        html: `<span>${c.members.length}</span>`,
        iconSize: [size, size],
      });
      L.marker(at, { icon, pane: 'cases', keyboard: true, title: options.labels.cluster(c.members.length), alt: options.labels.cluster(c.members.length) })
        .on('click', () => map.setView(at, Math.min(map.getZoom() + 2, map.getMaxZoom() || 18)))
        .addTo(caseLayer);
    }
  }

  function setCases(fc: FeatureCollection<Point, CaseProps> | null): void {
    caseData = fc;
    drawCases();
  }

  function setRoads(fc: FeatureCollection<LineString, StreetProps> | null): void {
    if (fc) drawStreets(map, roads, fc, 'roads');
    else roads.clearLayers();
  }

  function setCoverage(fc: FeatureCollection<Geometry, CoverageProps> | null): void {
    coverage = drop(coverage);
    if (!fc) return;
    coverage = L.geoJSON(fc, {
      pane: 'coverage',
      style: (f) => {
        const color = coverageColor((f!.properties as CoverageProps).share_15);
        return { pane: 'coverage', color, weight: 0.5, fillColor: color, fillOpacity: 0.5 };
      },
      onEachFeature: (f, layer) => layer.on('click', () => events.coverageClick(f.properties as CoverageProps)),
    }).addTo(map);
  }

  function setGaps(fc: FeatureCollection<Point, GapProps> | null): void {
    gaps = drop(gaps);
    if (!fc) return;
    gaps = L.geoJSON(fc, {
      pane: 'gaps',
      pointToLayer: (_f, at) => L.circleMarker(at, { renderer: gapRenderer, pane: 'gaps', radius: 2.5, stroke: false, fillColor: COLORS.gap, fillOpacity: 0.7, interactive: false }),
    }).addTo(map);
  }

  function setSuggestions(fc: FeatureCollection<Point, SuggestionProps> | null): void {
    suggestions = drop(suggestions);
    if (!fc) return;
    suggestions = L.layerGroup([], { pane: 'sites' }).addTo(map);
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates;
      const icon = L.divIcon({ className: 'map-suggestion', html: `<span>${Number(f.properties.rank)}</span>`, iconSize: [26, 26] });
      const label = options.labels.suggestion(f.properties);
      L.marker([lat, lon], { icon, pane: 'sites', title: label, alt: label, keyboard: true })
        .bindTooltip(textElement(label))
        .addTo(suggestions);
    }
  }

  function viewBbox(): Bbox {
    const b = map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  map.on('zoomend', drawCases);
  map.on('moveend', () => events.viewChange(viewBbox(), map.getZoom()));

  return {
    setUnits,
    setCases,
    setRoads,
    setCoverage,
    setGaps,
    setSuggestions,
    focusUnit,
    fitUnits,
    viewBbox,
    zoom: () => map.getZoom(),
    resize: () => map.invalidateSize(),
    destroy: () => map.remove(),
  };
}
