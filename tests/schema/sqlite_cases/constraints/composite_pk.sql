-- a single-column key becomes a composite one
-- [a]
CREATE TABLE t (a TEXT PRIMARY KEY, b INTEGER NOT NULL, v TEXT);
INSERT INTO t VALUES ('x', 1, 'one'), ('y', 1, 'two');
-- [b]
CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL, v TEXT, PRIMARY KEY (a, b));
