-- The network of `sanwang circles export-graph` with every stretch that carries points cut
-- at them (docs/architecture.md §5, issue 6): each snapped point becomes a vertex, the pieces of a
-- stretch get their share of its length, and a two-way stretch is cut the same way in its
-- reverse edge (source and target swapped, same length). Loaded by run.sh from the CSV
-- files into nodes, edges, points and params.

-- Vertex ids: graph nodes keep theirs; points follow them.
ALTER TABLE points ADD COLUMN vid BIGINT;
UPDATE points SET vid = q.vid
  FROM (SELECT kind, id, type, (SELECT COUNT(*) FROM nodes) + ROW_NUMBER() OVER (ORDER BY kind, id, type) - 1 AS vid
          FROM points) q
 WHERE points.kind = q.kind AND points.id = q.id AND points.type IS NOT DISTINCT FROM q.type;

-- The reverse edge of a two-way stretch: same ends swapped, same length.
CREATE TABLE twins AS
  SELECT a.id, MIN(b.id) AS twin
    FROM edges a JOIN edges b ON b.source = a.target AND b.target = a.source AND b.length_m = a.length_m
                               AND b.id <> a.id
   GROUP BY a.id;

-- Where each point lies along each directed edge it is on.
CREATE TABLE on_edge AS
  SELECT p.edge_id AS edge, p.fraction AS f, 1 AS ord, p.vid FROM points p WHERE p.edge_id IS NOT NULL
  UNION ALL
  SELECT t.twin, 1 - p.fraction, 1, p.vid FROM points p JOIN twins t ON t.id = p.edge_id;

CREATE TABLE chain AS
  SELECT edge, f, ord, vid FROM on_edge
  UNION ALL
  SELECT e.id, 0, 0, e.source FROM edges e WHERE e.id IN (SELECT edge FROM on_edge)
  UNION ALL
  SELECT e.id, 1, 2, e.target FROM edges e WHERE e.id IN (SELECT edge FROM on_edge);

-- The walking graph: untouched edges, and the pieces of the cut ones.
CREATE TABLE walk (id BIGSERIAL PRIMARY KEY, source BIGINT NOT NULL, target BIGINT NOT NULL, cost DOUBLE PRECISION NOT NULL);
INSERT INTO walk (source, target, cost)
  SELECT source, target, length_m FROM edges WHERE id NOT IN (SELECT edge FROM on_edge);
INSERT INTO walk (source, target, cost)
  SELECT prev_vid, vid, (f - prev_f) * e.length_m
    FROM (SELECT edge, f, vid, LAG(vid) OVER w AS prev_vid, LAG(f) OVER w AS prev_f
            FROM chain WINDOW w AS (PARTITION BY edge ORDER BY f, ord, vid)) c
    JOIN edges e ON e.id = c.edge
   WHERE prev_vid IS NOT NULL;
-- Points at the same place of a stretch reach each other for nothing, either way (the chain
-- above links them in one direction only).
INSERT INTO walk (source, target, cost)
  SELECT vid, prev_vid, 0
    FROM (SELECT f, ord, vid, LAG(vid) OVER w AS prev_vid, LAG(f) OVER w AS prev_f, LAG(ord) OVER w AS prev_ord
            FROM chain WINDOW w AS (PARTITION BY edge ORDER BY f, ord, vid)) c
   WHERE ord = 1 AND prev_ord = 1 AND f = prev_f;
ANALYZE walk;
