-- several new tables whose foreign keys force a creation order
-- [a]
-- [b]
CREATE TABLE m_customers (id integer PRIMARY KEY, name text);
CREATE TABLE a_products (id integer PRIMARY KEY, sku text UNIQUE);
CREATE TABLE z_orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES m_customers);
CREATE TABLE b_order_lines (
    order_id integer REFERENCES z_orders ON DELETE CASCADE,
    product_id integer REFERENCES a_products,
    qty integer NOT NULL CHECK (qty > 0),
    PRIMARY KEY (order_id, product_id)
);
