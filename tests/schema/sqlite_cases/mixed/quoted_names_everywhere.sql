-- names that need quotes in every kind of object
-- [a]
CREATE TABLE "my table" ("the id" INTEGER PRIMARY KEY, "a""b" TEXT);
INSERT INTO "my table" VALUES (1, 'x');
-- [b]
CREATE TABLE "my table" ("the id" INTEGER PRIMARY KEY, "a""b" TEXT, "new col" TEXT UNIQUE);
CREATE INDEX "my index" ON "my table" ("a""b");
CREATE VIEW "my view" AS SELECT "the id", "a""b" FROM "my table";
CREATE TRIGGER "my trigger" AFTER INSERT ON "my table" BEGIN SELECT NEW."new col"; END;
