-- defaults added, changed and dropped
-- [a]
CREATE TABLE t (a integer DEFAULT 1, b text DEFAULT 'x', c boolean);
-- [b]
CREATE TABLE t (a integer DEFAULT 2, b text, c boolean DEFAULT false);
