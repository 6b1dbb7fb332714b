-- The edges query that pgr_drivingDistance reads per facility type, shared by nearest.sql
-- (the results) and timing.sql (the timed calls): the split graph reversed (residents walk
-- from the homes to the facilities, the search runs from the facilities), plus a virtual
-- vertex joined to every facility of the type by an edge of its snap length.
CREATE FUNCTION virtual_vertex() RETURNS BIGINT LANGUAGE sql STABLE AS $$ SELECT MAX(vid) + 1 FROM points $$;
CREATE FUNCTION search_bound() RETURNS DOUBLE PRECISION LANGUAGE sql STABLE AS
  -- The largest circle, plus a millimetre so that rounding cuts nothing off.
  $$ SELECT MAX(walk_speed_mps * circle_seconds) + 0.001 FROM params $$;
CREATE FUNCTION walk_query(t TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT format('SELECT id, target AS source, source AS target, cost FROM walk
                 UNION ALL
                 SELECT %s + ROW_NUMBER() OVER (ORDER BY vid), %s, vid, snap_m FROM points
                  WHERE kind = ''facility'' AND type = %L AND edge_id IS NOT NULL',
                (SELECT MAX(id) FROM walk), virtual_vertex(), t)
$$;
