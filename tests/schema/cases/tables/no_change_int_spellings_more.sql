-- no change: keyword case, whitespace, implicit schema and type aliases
-- [a]
CREATE TABLE public.items (id int PRIMARY KEY, price decimal(10,2), tag char(3), at timestamp, flags varbit(4));
-- [b]
create   table items(
  id integer not null,
  price numeric(10, 2),
  tag character(3),
  at timestamp without time zone,
  flags bit varying(4),
  constraint items_pkey primary key (id)
);
