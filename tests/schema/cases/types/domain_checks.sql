-- domain check constraints added, changed and dropped
-- [a]
CREATE DOMAIN pct AS numeric CONSTRAINT pct_range CHECK (VALUE >= 0 AND VALUE <= 100) CONSTRAINT pct_old CHECK (VALUE <> 42);
-- [b]
CREATE DOMAIN pct AS numeric CONSTRAINT pct_range CHECK (VALUE >= 0 AND VALUE <= 1) CONSTRAINT pct_scale CHECK (scale(VALUE) <= 4);
