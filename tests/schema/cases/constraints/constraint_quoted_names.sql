-- constraints whose names need quoting
-- [a]
CREATE TABLE "T" (id integer, v integer);
-- [b]
CREATE TABLE "T" (id integer CONSTRAINT "T Primary" PRIMARY KEY, v integer CONSTRAINT "v>0" CHECK (v > 0));
