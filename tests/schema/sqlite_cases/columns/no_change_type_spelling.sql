-- types and defaults written in other case and spacing
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(10) DEFAULT 'x', b NUMERIC(10, 2));
-- [b]
CREATE TABLE t (id integer primary key, a varchar( 10 ) default 'x', b numeric(10,2));
