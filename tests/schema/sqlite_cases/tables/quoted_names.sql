-- tables whose names need quotes (a space, a keyword, a quote)
-- [a]
CREATE TABLE "order items" (id INTEGER PRIMARY KEY, "group" TEXT);
INSERT INTO "order items" VALUES (1, 'g');
-- [b]
CREATE TABLE "order items" (id INTEGER PRIMARY KEY, "group" TEXT, "select" INTEGER DEFAULT 0);
CREATE TABLE "it""s" ([from] TEXT, `to` TEXT);
