-- a foreign key referencing a partitioned table
-- [a]
CREATE TABLE accounts (id integer NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE transfers (id integer, account_id integer, region text);
-- [b]
CREATE TABLE accounts (id integer NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE transfers (id integer, account_id integer, region text,
    CONSTRAINT transfers_account_fk FOREIGN KEY (account_id, region) REFERENCES accounts);
