-- text_pattern_ops operator class, and a change from the default opclass
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_name_idx ON t (name);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_name_idx ON t (name text_pattern_ops);
CREATE INDEX t_email_pattern ON t (email varchar_pattern_ops);
