-- range types with a collation, an operator class, a subtype_diff and a multirange name, commented and granted
-- [a]
CREATE TYPE textrange AS RANGE (subtype = text);
-- [b]
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C");
CREATE TYPE intrange2 AS RANGE (subtype = integer, subtype_diff = int4range_subdiff, multirange_type_name = intmulti2);
CREATE TYPE patrange AS RANGE (subtype = text, subtype_opclass = text_pattern_ops);
COMMENT ON TYPE textrange IS 'bytewise text ranges';
REVOKE USAGE ON TYPE intrange2 FROM PUBLIC;
CREATE TABLE slots (id integer, during textrange, seats intrange2);
