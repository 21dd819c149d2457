BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 68340cc8af11

CREATE TABLE accounts (
    id SERIAL NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    email VARCHAR(254) NOT NULL, 
    notes TEXT, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    modified TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (email)
);

CREATE OR REPLACE FUNCTION touch_modified() RETURNS trigger AS $$
        BEGIN
            NEW.modified = now();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;

CREATE TRIGGER accounts_touch_modified
        BEFORE UPDATE ON accounts
        FOR EACH ROW EXECUTE PROCEDURE touch_modified();

INSERT INTO alembic_version (version_num) VALUES ('68340cc8af11') RETURNING alembic_version.version_num;

-- Running upgrade 68340cc8af11 -> bfb65bae2d26

CREATE TABLE audit_log (
    id BIGSERIAL NOT NULL, 
    account_id INTEGER NOT NULL, 
    action VARCHAR(32) NOT NULL, 
    detail TEXT, 
    happened_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE INDEX ix_audit_log_happened_at ON audit_log (happened_at);

CREATE INDEX ix_audit_log_recent ON audit_log (account_id) WHERE happened_at > '2019-01-01';

UPDATE alembic_version SET version_num='bfb65bae2d26' WHERE alembic_version.version_num = '68340cc8af11';

-- Running upgrade bfb65bae2d26 -> aed04ca87fc2

ALTER TABLE accounts RENAME TO customers;

ALTER SEQUENCE accounts_id_seq RENAME TO customers_id_seq;

ALTER TRIGGER accounts_touch_modified ON customers RENAME TO customers_touch_modified;

ALTER TABLE customers RENAME name TO display_name;

ALTER TABLE audit_log RENAME account_id TO customer_id;

UPDATE alembic_version SET version_num='aed04ca87fc2' WHERE alembic_version.version_num = 'bfb65bae2d26';

-- Running upgrade aed04ca87fc2 -> 158d9a0b2361

CREATE TABLE orders (
    id SERIAL NOT NULL, 
    customer_id INTEGER NOT NULL, 
    reference VARCHAR(20) NOT NULL, 
    status VARCHAR(16) DEFAULT 'new' NOT NULL, 
    total NUMERIC(10, 2), 
    currency CHAR(3) DEFAULT 'EUR' NOT NULL, 
    placed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_orders_reference UNIQUE (reference)
);

ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT;

CREATE INDEX ix_orders_customer_id ON orders (customer_id);

UPDATE alembic_version SET version_num='158d9a0b2361' WHERE alembic_version.version_num = 'aed04ca87fc2';

-- Running upgrade 158d9a0b2361 -> 1ff12e825ce1

UPDATE orders SET total = 0 WHERE total IS NULL;

UPDATE orders SET currency = 'EUR' WHERE currency = '';

UPDATE orders SET status = 'legacy' WHERE reference LIKE 'LEG-%';

ALTER TABLE orders ALTER COLUMN total SET NOT NULL;

ALTER TABLE orders ALTER COLUMN total SET DEFAULT '0';

UPDATE alembic_version SET version_num='1ff12e825ce1' WHERE alembic_version.version_num = '158d9a0b2361';

-- Running upgrade 1ff12e825ce1 -> 33f507f0cbd4

ALTER TABLE customers ADD COLUMN vip BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE customers ADD COLUMN credit_limit NUMERIC(12, 2) DEFAULT 1000.00 NOT NULL;

ALTER TABLE customers ADD COLUMN country VARCHAR(2) DEFAULT 'NL';

ALTER TABLE customers ALTER COLUMN modified SET DEFAULT timezone('utc', now());

UPDATE alembic_version SET version_num='33f507f0cbd4' WHERE alembic_version.version_num = '1ff12e825ce1';

-- Running upgrade 33f507f0cbd4 -> 00d953a2f2b6

CREATE TABLE products (
    sku VARCHAR(32) NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    unit_price NUMERIC(10, 2) NOT NULL, 
    PRIMARY KEY (sku)
);

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL, 
    line_no SMALLINT NOT NULL, 
    product_sku VARCHAR(32) NOT NULL, 
    quantity INTEGER DEFAULT '1' NOT NULL, 
    unit_price NUMERIC(10, 2) NOT NULL, 
    CONSTRAINT pk_order_lines PRIMARY KEY (order_id, line_no)
);

ALTER TABLE order_lines ADD CONSTRAINT fk_order_lines_order_id FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE CASCADE;

ALTER TABLE order_lines ADD CONSTRAINT fk_order_lines_product_sku FOREIGN KEY(product_sku) REFERENCES products (sku) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE order_lines ADD CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0);

UPDATE alembic_version SET version_num='00d953a2f2b6' WHERE alembic_version.version_num = '33f507f0cbd4';

-- Running upgrade 00d953a2f2b6 -> 4cc33c234038

CREATE VIEW order_summary AS
SELECT o.id AS order_id,
       c.display_name AS customer,
       count(l.line_no) AS lines,
       coalesce(sum(l.quantity * l.unit_price), 0)::numeric(12, 2) AS amount
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_lines l ON l.order_id = o.id
GROUP BY o.id, c.display_name;

COMMENT ON VIEW order_summary IS 'one row per order; amounts in order currency';

UPDATE alembic_version SET version_num='4cc33c234038' WHERE alembic_version.version_num = '00d953a2f2b6';

-- Running upgrade 4cc33c234038 -> d3304d14cf1a

DROP INDEX ix_audit_log_happened_at;

DROP TABLE audit_log;

COMMENT ON TABLE customers IS 'audit trail: see event store \ events';

UPDATE alembic_version SET version_num='d3304d14cf1a' WHERE alembic_version.version_num = '4cc33c234038';

-- Running upgrade d3304d14cf1a -> 668d6a423cf9

CREATE TABLE shipments (
    id SERIAL NOT NULL, 
    order_id INTEGER NOT NULL, 
    carrier VARCHAR(32) NOT NULL, 
    tracking_code VARCHAR(64), 
    shipped_at TIMESTAMP WITH TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_shipments_order_id FOREIGN KEY(order_id) REFERENCES orders (id)
);

CREATE UNIQUE INDEX ix_shipments_tracking_code ON shipments (tracking_code);

CREATE INDEX ix_shipments_order_id ON shipments (order_id);

UPDATE orders SET status = 'shipped' WHERE status = 'sent';

GRANT USAGE ON SCHEMA public TO reporting_ro;

GRANT SELECT ON customers TO reporting_ro;

GRANT SELECT ON orders TO reporting_ro;

GRANT SELECT ON order_lines TO reporting_ro;

GRANT SELECT ON products TO reporting_ro;

UPDATE alembic_version SET version_num='668d6a423cf9' WHERE alembic_version.version_num = 'd3304d14cf1a';

COMMIT;

