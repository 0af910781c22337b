-- the same view with other case, quoting and line breaks
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW v AS SELECT id, a FROM t WHERE a = 'X';
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
create view "v" as
    select "id", [a]
    from t
    where a = 'X';
