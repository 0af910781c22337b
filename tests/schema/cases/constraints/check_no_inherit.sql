-- a CHECK ... NO INHERIT constraint on an inheritance parent
-- [a]
CREATE TABLE parent_t (v integer);
CREATE TABLE child_t () INHERITS (parent_t);
-- [b]
CREATE TABLE parent_t (v integer, CONSTRAINT parent_only CHECK (v > 10) NO INHERIT);
CREATE TABLE child_t () INHERITS (parent_t);
