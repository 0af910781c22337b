-- a value removed from an enum used by a column with a default
-- [a]
CREATE TYPE status AS ENUM ('draft', 'legacy', 'published');
CREATE TABLE posts (id integer, status status DEFAULT 'draft');
-- [b]
CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id integer, status status DEFAULT 'draft');
