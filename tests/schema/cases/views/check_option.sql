-- WITH LOCAL CHECK OPTION and WITH CASCADED CHECK OPTION
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW pending AS SELECT * FROM orders WHERE status = 'pending';
CREATE VIEW pending_big AS SELECT * FROM pending WHERE total > 10;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW pending AS SELECT * FROM orders WHERE status = 'pending' WITH LOCAL CHECK OPTION;
CREATE VIEW pending_big AS SELECT * FROM pending WHERE total > 10 WITH CASCADED CHECK OPTION;
