-- WITH (security_barrier) added to a view
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW mine AS SELECT * FROM orders WHERE customer = current_user;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW mine WITH (security_barrier) AS SELECT * FROM orders WHERE customer = current_user;
