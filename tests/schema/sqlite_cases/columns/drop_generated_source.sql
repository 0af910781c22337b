-- a column dropped with the generated column computed from it
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, len_b INTEGER GENERATED ALWAYS AS (length(b)) VIRTUAL);
INSERT INTO t (id, a, b) VALUES (1, 'x', 'hello');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
