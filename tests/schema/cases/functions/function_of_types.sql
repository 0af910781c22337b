-- a function whose signature uses a domain, an enum and a composite
-- [a]
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TYPE pixel AS (x posint, y posint, c color);
-- [b]
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TYPE pixel AS (x posint, y posint, c color);
CREATE FUNCTION make_pixel(x posint, y posint, c color DEFAULT 'red') RETURNS pixel LANGUAGE sql AS $$ SELECT ROW(x, y, c)::pixel $$;
