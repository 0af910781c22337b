-- expression defaults: now(), CURRENT_DATE, arithmetic, casts
-- [a]
CREATE TABLE t (id integer, created timestamptz, day date DEFAULT '2020-01-01', ratio numeric);
-- [b]
CREATE TABLE t (id integer, created timestamptz DEFAULT now(), day date DEFAULT CURRENT_DATE, ratio numeric DEFAULT (1.0 / 3));
