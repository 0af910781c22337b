-- comments on a schema, a sequence and an extension
-- [a]
CREATE SCHEMA app;
CREATE SEQUENCE app.s;
CREATE EXTENSION citext;
-- [b]
CREATE SCHEMA app;
CREATE SEQUENCE app.s;
CREATE EXTENSION citext;
COMMENT ON SCHEMA app IS 'application objects';
COMMENT ON SEQUENCE app.s IS 'numbers';
COMMENT ON EXTENSION citext IS 'case-insensitive text, for emails';
