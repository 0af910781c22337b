-- no change: USING btree, ASC and NULLS LAST spelt out or not
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_score_idx ON t (score);
CREATE INDEX t_desc ON t (created DESC);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_desc ON public.t USING btree (created DESC NULLS FIRST);
CREATE INDEX t_score_idx ON public.t USING btree (score ASC NULLS LAST);
