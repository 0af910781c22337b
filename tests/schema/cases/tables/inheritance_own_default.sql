-- an inheritance child's own default on an inherited column, set and changed
-- [a]
CREATE TABLE events (id integer, kind text DEFAULT 'generic', at timestamptz);
CREATE TABLE clicks (x integer) INHERITS (events);
CREATE TABLE views (page text) INHERITS (events);
ALTER TABLE ONLY views ALTER COLUMN kind SET DEFAULT 'view';
-- [b]
CREATE TABLE events (id integer, kind text DEFAULT 'generic', at timestamptz);
CREATE TABLE clicks (x integer) INHERITS (events);
CREATE TABLE views (page text) INHERITS (events);
ALTER TABLE ONLY clicks ALTER COLUMN kind SET DEFAULT 'click';
ALTER TABLE ONLY views ALTER COLUMN kind SET DEFAULT 'page view';
