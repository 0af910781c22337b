-- per-column STATISTICS targets and STORAGE modes
-- [a]
CREATE TABLE t (a integer, b text, c jsonb);
-- [b]
CREATE TABLE t (a integer, b text, c jsonb);
ALTER TABLE t ALTER a SET STATISTICS 500;
ALTER TABLE t ALTER b SET STORAGE EXTERNAL;
ALTER TABLE t ALTER c SET STORAGE MAIN;
