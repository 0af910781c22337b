-- the labels of an enum are reordered
-- [a]
CREATE TYPE prio AS ENUM ('low', 'high', 'medium');
CREATE TABLE tasks (p prio);
-- [b]
CREATE TYPE prio AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (p prio);
