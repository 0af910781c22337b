-- a partial index
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, deleted INTEGER DEFAULT 0);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, deleted INTEGER DEFAULT 0);
CREATE INDEX t_live ON t (a) WHERE deleted = 0;
