-- a column added to an inheritance parent propagates to the child
-- [a]
CREATE TABLE base_log (id integer, at timestamptz);
CREATE TABLE web_log (url text) INHERITS (base_log);
-- [b]
CREATE TABLE base_log (id integer, at timestamptz, level text);
CREATE TABLE web_log (url text) INHERITS (base_log);
