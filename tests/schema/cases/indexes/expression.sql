-- expression indexes: lower(email), (data ->> 'k'), a cast
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE UNIQUE INDEX t_lower_email ON t (lower(email));
CREATE INDEX t_data_k ON t ((data ->> 'k'));
CREATE INDEX t_day ON t (((created AT TIME ZONE 'UTC')::date));
