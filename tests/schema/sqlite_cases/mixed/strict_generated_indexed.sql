-- a STRICT table made anew with a generated column, an index on it and a view
-- [a]
CREATE TABLE item (id INTEGER PRIMARY KEY, price REAL NOT NULL, qty INTEGER NOT NULL) STRICT;
INSERT INTO item VALUES (1, 2.5, 2), (2, 1.5, 4);
-- [b]
CREATE TABLE item (id INTEGER PRIMARY KEY, sku TEXT, price REAL NOT NULL, qty INTEGER NOT NULL, total REAL AS (price * qty) STORED) STRICT;
CREATE INDEX item_total ON item (total DESC);
CREATE VIEW big AS SELECT id, total FROM item WHERE total > 4;
