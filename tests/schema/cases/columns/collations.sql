-- column collations: default to "C", "C" to "POSIX", "POSIX" to default
-- [a]
CREATE TABLE names (a text, b text COLLATE "C", c varchar(20) COLLATE "POSIX");
-- [b]
CREATE TABLE names (a text COLLATE "C", b text COLLATE "POSIX", c varchar(20));
