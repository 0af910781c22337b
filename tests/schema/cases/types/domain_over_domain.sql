-- a domain over another domain, and a domain over an array
-- [a]
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
-- [b]
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN small_posint AS posint CHECK (VALUE < 100);
CREATE DOMAIN int_pair AS integer[] CHECK (array_length(VALUE, 1) = 2);
