-- a table shaped by ALTER TABLE (add, rename column, rename table) equals one created so
-- [a]
CREATE TABLE old_t (id INTEGER PRIMARY KEY, nam TEXT);
ALTER TABLE old_t ADD COLUMN extra INTEGER DEFAULT 0;
ALTER TABLE old_t RENAME COLUMN nam TO name;
ALTER TABLE old_t RENAME TO t;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, extra INTEGER DEFAULT 0);
