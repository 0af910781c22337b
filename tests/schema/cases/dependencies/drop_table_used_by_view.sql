-- a table and the view over it are both dropped
-- [a]
CREATE TABLE keep (id integer);
CREATE TABLE gone (id integer, v text);
CREATE VIEW gone_v AS SELECT g.id, k.id AS k FROM gone g JOIN keep k USING (id);
-- [b]
CREATE TABLE keep (id integer);
