-- a new table with a primary key, a NOT NULL column and a default
-- [a]
-- [b]
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now()
);
