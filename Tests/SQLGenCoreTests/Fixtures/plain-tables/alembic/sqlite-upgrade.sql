CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 2b3c4d5e6f70

CREATE TABLE category (
    id INTEGER NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    slug VARCHAR(80) NOT NULL, 
    position SMALLINT DEFAULT '0' NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (slug)
);

CREATE TABLE product (
    id BIGINT NOT NULL, 
    category_id INTEGER, 
    title VARCHAR(200) NOT NULL, 
    description TEXT, 
    price NUMERIC(10, 2) NOT NULL, 
    weight FLOAT, 
    in_stock BOOLEAN NOT NULL, 
    released DATE, 
    updated_at DATETIME, 
    PRIMARY KEY (id), 
    FOREIGN KEY(category_id) REFERENCES category (id)
);

CREATE INDEX ix_product_title ON product (title);

INSERT INTO alembic_version (version_num) VALUES ('2b3c4d5e6f70') RETURNING version_num;

-- Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7081

INSERT INTO category (id, name, slug, position) VALUES (1, 'Books & ''Zines''', 'books', 1);

INSERT INTO category (id, name, slug, position) VALUES (2, 'Café', 'cafe', 2);

ALTER TABLE product ADD COLUMN sku VARCHAR(32);

CREATE UNIQUE INDEX ix_product_sku ON product (sku);

ALTER TABLE category RENAME TO categories;

UPDATE product SET sku = NULL WHERE sku = '';

UPDATE alembic_version SET version_num='3c4d5e6f7081' WHERE alembic_version.version_num = '2b3c4d5e6f70';

