-- a domain gains NOT NULL, another loses it
-- [a]
CREATE DOMAIN a_dom AS integer;
CREATE DOMAIN b_dom AS integer NOT NULL;
-- [b]
CREATE DOMAIN a_dom AS integer NOT NULL;
CREATE DOMAIN b_dom AS integer;
