// The address a dropped pin suggests (GET /map/address: "<street>附近, <community>") fills the
// address field only while the resident has not written one of their own: an empty field,
// or the previous suggestion left as it was.
export function takesSuggestion(current: string, lastSuggested: string): boolean {
  return current.trim() === '' || current === lastSuggested;
}
