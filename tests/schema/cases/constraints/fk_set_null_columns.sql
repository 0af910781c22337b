-- ON DELETE SET NULL (column list), new in PG 15
-- [a]
CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id integer NOT NULL, author_id integer, id integer);
-- [b]
CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id integer NOT NULL, author_id integer, id integer,
    CONSTRAINT posts_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id));
