-- text to integer (no implicit cast: needs USING)
-- [a]
CREATE TABLE imports (id integer, amount text, flag text);
-- [b]
CREATE TABLE imports (id integer, amount integer, flag boolean);
