-- views whose name order is not their dependency order
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW z_base AS SELECT id, a FROM t;
CREATE VIEW m_mid AS SELECT a FROM z_base;
CREATE VIEW a_top AS SELECT count(*) AS n FROM m_mid;
