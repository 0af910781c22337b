-- a default whose text holds quotes, parentheses and a comma
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT DEFAULT 'plain');
INSERT INTO t VALUES (1, 'n');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT DEFAULT 'it''s (a, b)', more TEXT DEFAULT ')');
