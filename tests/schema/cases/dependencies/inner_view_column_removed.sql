-- an inner view loses a column the outer view no longer uses
-- [a]
CREATE TABLE t (id integer, a text, b text);
CREATE VIEW inner_v AS SELECT id, a, b FROM t;
CREATE VIEW outer_v AS SELECT id, b FROM inner_v;
-- [b]
CREATE TABLE t (id integer, a text, b text);
CREATE VIEW inner_v AS SELECT id, a FROM t;
CREATE VIEW outer_v AS SELECT id, a FROM inner_v;
