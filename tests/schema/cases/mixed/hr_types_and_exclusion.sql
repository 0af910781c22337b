-- an HR schema: domain check, composite attribute, sequence options, exclusion constraint, view over a composite field
-- [a]
CREATE SCHEMA hr;
CREATE DOMAIN hr.email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
CREATE TYPE hr.address AS (street text, city text);
CREATE SEQUENCE hr.badge_seq START 1000;
CREATE TABLE hr.departments (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    badge integer DEFAULT nextval('hr.badge_seq') NOT NULL,
    dept_id integer REFERENCES hr.departments,
    mail hr.email,
    home hr.address,
    salary numeric(10,2)
);
CREATE VIEW hr.staff AS SELECT e.id, e.mail, d.name AS dept FROM hr.employees e LEFT JOIN hr.departments d ON d.id = e.dept_id;
-- [b]
CREATE SCHEMA hr;
CREATE EXTENSION btree_gist;
CREATE DOMAIN hr.email AS text CONSTRAINT email_check CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE TYPE hr.address AS (street text, city text, country char(2));
CREATE SEQUENCE hr.badge_seq START 1000 INCREMENT BY 2;
CREATE TABLE hr.departments (id integer PRIMARY KEY, name text NOT NULL, parent_id integer REFERENCES hr.departments);
CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    badge integer DEFAULT nextval('hr.badge_seq') NOT NULL,
    dept_id integer REFERENCES hr.departments,
    mail hr.email,
    home hr.address,
    salary numeric(12,2) CONSTRAINT employees_salary_check CHECK (salary > 0)
);
CREATE TABLE hr.assignments (
    employee_id integer REFERENCES hr.employees,
    during daterange,
    CONSTRAINT assignments_no_overlap EXCLUDE USING gist (employee_id WITH =, during WITH &&)
);
CREATE VIEW hr.staff AS SELECT e.id, e.mail, d.name AS dept, (e.home).country AS country FROM hr.employees e LEFT JOIN hr.departments d ON d.id = e.dept_id;
ALTER SEQUENCE hr.badge_seq OWNED BY hr.employees.badge;
