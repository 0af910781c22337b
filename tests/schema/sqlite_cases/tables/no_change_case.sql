-- the same tables with keywords and types in other letter case
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b VARCHAR(10) DEFAULT NULL);
-- [b]
create table t (id integer primary key, a text not null, b varchar(10) default null);
