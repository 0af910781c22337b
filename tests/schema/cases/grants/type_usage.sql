-- USAGE on a type revoked from PUBLIC and granted to a role
-- [a]
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
-- [b]
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO retort_r1;
GRANT USAGE ON DOMAIN posint TO retort_r2;
