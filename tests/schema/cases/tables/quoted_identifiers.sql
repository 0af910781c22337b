-- mixed-case and reserved-word table and column names; a column is added
-- [a]
CREATE TABLE "Order Items" ("Id" integer PRIMARY KEY, "user" text, "order" integer);
-- [b]
CREATE TABLE "Order Items" ("Id" integer PRIMARY KEY, "user" text, "order" integer, "Qty ""x""" integer);
