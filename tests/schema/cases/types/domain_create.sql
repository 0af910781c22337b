-- a domain with default, NOT NULL and named checks
-- [a]
-- [b]
CREATE DOMAIN us_zip AS varchar(10) DEFAULT '00000' NOT NULL
    CONSTRAINT us_zip_format CHECK (VALUE ~ '^[0-9]{5}(-[0-9]{4})?$');
CREATE TABLE addresses (zip us_zip);
