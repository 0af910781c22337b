-- json to jsonb, and jsonb to text
-- [a]
CREATE TABLE docs (a json, b jsonb);
-- [b]
CREATE TABLE docs (a jsonb, b text);
