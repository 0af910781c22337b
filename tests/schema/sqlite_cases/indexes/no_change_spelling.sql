-- the same indexes written with other case, quotes and spacing
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE UNIQUE INDEX t_ab ON t (a, b DESC) WHERE a IS NOT NULL;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
create unique index "t_ab" on t("a",b desc)where a is not null;
