-- the same tables written with other spacing and line breaks
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'x', b REAL);
CREATE TABLE u (k TEXT, v INT, PRIMARY KEY (k)) WITHOUT ROWID;
-- [b]
CREATE TABLE t(
    id   INTEGER  PRIMARY KEY,
    a    TEXT NOT NULL   DEFAULT 'x',
    b REAL
);
CREATE TABLE u (k TEXT,v INT,PRIMARY KEY(k))WITHOUT ROWID;
