-- Walking metres from every home to the nearest facility of each type, exactly, with
-- pgRouting: per type ONE pgr_drivingDistance over the reversed split graph from a virtual
-- vertex joined to every facility of the type by an edge of its snap length (walk_query.sql;
-- not the `equicost` option of pgr_drivingDistance, which is not exact with several
-- starts). A home's walk is the distance found at its vertex plus its own snap. The search
-- is bounded at the largest circle (params.csv). Untimed: timing.sql times the calls.
CREATE TABLE nearest (home_id TEXT, type TEXT, metres DOUBLE PRECISION);

DO $$
DECLARE
  t TEXT;
BEGIN
  FOR t IN SELECT DISTINCT type FROM points WHERE kind = 'facility' AND edge_id IS NOT NULL ORDER BY type LOOP
    INSERT INTO nearest
      SELECT h.id, t, d.agg_cost + h.snap_m
        FROM pgr_drivingDistance(walk_query(t), virtual_vertex(), search_bound(), true) d
        JOIN points h ON h.vid = d.node AND h.kind = 'home';
  END LOOP;
END $$;
