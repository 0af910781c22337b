-- a table becomes STRICT, its rows typed as the columns say
-- [a]
CREATE TABLE m (id INTEGER PRIMARY KEY, qty INTEGER, label TEXT);
INSERT INTO m VALUES (1, 5, 'five'), (2, 7, 'seven'), (3, NULL, NULL);
-- [b]
CREATE TABLE m (id INTEGER PRIMARY KEY, qty INTEGER, label TEXT) STRICT;
