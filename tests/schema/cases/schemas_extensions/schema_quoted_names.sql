-- schemas and tables whose names need quoting
-- [a]
CREATE SCHEMA "Sales Data";
-- [b]
CREATE SCHEMA "Sales Data";
CREATE SCHEMA "select";
CREATE TABLE "Sales Data"."Order Lines" ("Id" integer, "Unit Price" numeric);
CREATE TABLE "select"."from" ("where" text);
