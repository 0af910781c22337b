-- a recursive view
-- [a]
CREATE TABLE tree (id integer PRIMARY KEY, parent integer);
-- [b]
CREATE TABLE tree (id integer PRIMARY KEY, parent integer);
CREATE RECURSIVE VIEW ancestry (id, ancestor, depth) AS
    SELECT id, parent, 1 FROM tree
    UNION ALL
    SELECT a.id, t.parent, a.depth + 1 FROM ancestry a JOIN tree t ON t.id = a.ancestor;
