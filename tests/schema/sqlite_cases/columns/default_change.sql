-- a default changes
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT DEFAULT 'new');
INSERT INTO t VALUES (1, 'old');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT DEFAULT 'open');
