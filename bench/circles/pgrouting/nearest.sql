-- Walking metres from every home to the nearest facility of each type, exactly, with
-- pgRouting: per type ONE pgr_drivingDistance over the reversed split graph from a virtual
-- vertex joined to every facility of the type by an edge of its snap length (not the
-- `equicost` option of pgr_drivingDistance, which is not exact with several starts). A
-- home's walk is the distance found at its vertex plus its own snap. The search is bounded
-- at the largest circle (params.csv), plus a millimetre so that rounding cuts nothing off.
CREATE TABLE nearest (home_id TEXT, type TEXT, metres DOUBLE PRECISION);

DO $$
DECLARE
  t TEXT;
  virtual BIGINT := (SELECT MAX(vid) + 1 FROM points);
  bound DOUBLE PRECISION := (SELECT MAX(walk_speed_mps * circle_seconds) + 0.001 FROM params);
  first_id BIGINT := (SELECT MAX(id) FROM walk);
BEGIN
  FOR t IN SELECT DISTINCT type FROM points WHERE kind = 'facility' AND edge_id IS NOT NULL ORDER BY type LOOP
    INSERT INTO nearest
      SELECT h.id, t, d.agg_cost + h.snap_m
        FROM pgr_drivingDistance(
               format('SELECT id, target AS source, source AS target, cost FROM walk
                       UNION ALL
                       SELECT %s + ROW_NUMBER() OVER (ORDER BY vid), %s, vid, snap_m FROM points
                        WHERE kind = ''facility'' AND type = %L AND edge_id IS NOT NULL', first_id, virtual, t),
               virtual, bound, true) d
        JOIN points h ON h.vid = d.node AND h.kind = 'home';
  END LOOP;
END $$;
