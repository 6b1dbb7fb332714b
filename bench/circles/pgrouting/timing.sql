-- Times pgRouting's side of the comparison: per facility type, the one pgr_drivingDistance
-- call of nearest.sql, with the same arguments; its rows are counted, not joined to the
-- homes or stored. The call includes running its edges query, which is how pgRouting reads
-- the graph on every call; that query is also timed alone (edges_ms) to show its share.
-- Prints: milliseconds of all the calls, milliseconds of the edges queries alone, types.
CREATE TEMP TABLE timing (type TEXT, search_ms DOUBLE PRECISION, edges_ms DOUBLE PRECISION);

DO $$
DECLARE
  t TEXT;
  q TEXT;
  n BIGINT;
  start TIMESTAMPTZ;
  search_ms DOUBLE PRECISION;
  virtual BIGINT := virtual_vertex();
  bound DOUBLE PRECISION := search_bound();
BEGIN
  FOR t IN SELECT DISTINCT type FROM points WHERE kind = 'facility' AND edge_id IS NOT NULL ORDER BY type LOOP
    q := walk_query(t);
    start := clock_timestamp();
    SELECT COUNT(*) INTO n FROM pgr_drivingDistance(q, virtual, bound, true);
    search_ms := 1000 * EXTRACT(EPOCH FROM clock_timestamp() - start);
    start := clock_timestamp();
    EXECUTE 'SELECT COUNT(*) FROM (' || q || ') e' INTO n;
    INSERT INTO timing VALUES (t, search_ms, 1000 * EXTRACT(EPOCH FROM clock_timestamp() - start));
  END LOOP;
END $$;
SELECT round(SUM(search_ms)::numeric, 3), round(SUM(edges_ms)::numeric, 3), COUNT(*) FROM timing;
