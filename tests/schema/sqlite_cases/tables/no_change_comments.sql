-- the same table, one with comments inside its CREATE text
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- [b]
CREATE TABLE t (
    id INTEGER PRIMARY KEY, -- the key
    /* the value */ a TEXT
);
