// A place on the map, in WGS-84 (the system of the org data and the server's answers).
export interface PickedPoint {
  lat: number;
  lon: number;
}

// The coordinate system of navigator.geolocation readings on phones in mainland China;
// the server converts such points (coord_system=gcj02) to WGS-84.
export const DEVICE_COORD_SYSTEM = 'gcj02';
