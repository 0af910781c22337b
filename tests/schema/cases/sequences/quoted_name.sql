-- a sequence whose name needs quoting
-- [a]
-- [b]
CREATE SEQUENCE "Weird Seq" START 7;
