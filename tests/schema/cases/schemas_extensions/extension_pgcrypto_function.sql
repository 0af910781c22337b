-- pgcrypto added and used by a SQL function
-- [a]
-- [b]
CREATE EXTENSION pgcrypto;
CREATE FUNCTION hash_password(pw text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT encode(digest(pw, 'sha256'), 'hex') $$;
