SELECT $$ open;
