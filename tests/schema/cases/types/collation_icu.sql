-- an ICU collation that is not deterministic, commented, and one with distinct LC_COLLATE and LC_CTYPE
-- [a]
CREATE TABLE tags (name text);
-- [b]
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION mixed (provider = libc, lc_collate = 'C', lc_ctype = 'C.UTF-8');
COMMENT ON COLLATION case_insensitive IS 'ignores case';
CREATE TABLE tags (name text, label text COLLATE case_insensitive);
CREATE DOMAIN code AS text COLLATE mixed;
