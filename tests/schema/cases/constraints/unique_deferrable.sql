-- a deferrable unique constraint, INITIALLY DEFERRED
-- [a]
CREATE TABLE slots (pos integer, CONSTRAINT slots_pos_key UNIQUE (pos));
-- [b]
CREATE TABLE slots (pos integer, CONSTRAINT slots_pos_key UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED);
