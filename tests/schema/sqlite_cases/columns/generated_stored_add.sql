-- a STORED generated column added (ADD COLUMN refuses STORED)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, first TEXT, last TEXT);
INSERT INTO t VALUES (1, 'ann', 'lee');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, first TEXT, last TEXT, full TEXT GENERATED ALWAYS AS (first || ' ' || last) STORED);
