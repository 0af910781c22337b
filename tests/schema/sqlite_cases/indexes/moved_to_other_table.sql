-- an index name moves to another table
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE u (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX idx_a ON t (a);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE u (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX idx_a ON u (a);
