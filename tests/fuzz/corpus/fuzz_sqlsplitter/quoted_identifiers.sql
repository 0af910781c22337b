CREATE TABLE "My;Table" ("col""quote" int, "--not" text);
SELECT "a""b" FROM "My;Table";
