-- a domain default is set, changed and dropped
-- [a]
CREATE DOMAIN d1 AS integer;
CREATE DOMAIN d2 AS integer DEFAULT 1;
CREATE DOMAIN d3 AS text DEFAULT 'x';
-- [b]
CREATE DOMAIN d1 AS integer DEFAULT 0;
CREATE DOMAIN d2 AS integer DEFAULT 2;
CREATE DOMAIN d3 AS text;
