CREATE TABLE account (id serial PRIMARY KEY, email varchar(200) NOT NULL);
CREATE INDEX ix_account_email ON account (email);
