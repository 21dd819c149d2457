BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 2b3c4d5e6f70

CREATE TABLE category (
    id INTEGER NOT NULL IDENTITY, 
    name VARCHAR(80) NOT NULL, 
    slug VARCHAR(80) NOT NULL, 
    position SMALLINT NOT NULL DEFAULT '0', 
    PRIMARY KEY (id), 
    UNIQUE (slug)
);

GO

CREATE TABLE product (
    id BIGINT NOT NULL IDENTITY, 
    category_id INTEGER NULL, 
    title VARCHAR(200) NOT NULL, 
    description TEXT NULL, 
    price NUMERIC(10, 2) NOT NULL, 
    weight FLOAT NULL, 
    in_stock BIT NOT NULL, 
    released DATETIME NULL, 
    updated_at DATETIME NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(category_id) REFERENCES category (id)
);

GO

CREATE INDEX ix_product_title ON product (title);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('2b3c4d5e6f70');

GO

-- Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7081

SET IDENTITY_INSERT category ON;

GO

INSERT INTO category (id, name, slug, position) VALUES (1, 'Books & ''Zines''', 'books', 1);

GO

INSERT INTO category (id, name, slug, position) VALUES (2, 'Café', 'cafe', 2);

GO

SET IDENTITY_INSERT category OFF;

GO

ALTER TABLE product ADD sku VARCHAR(32) NULL;

GO

CREATE UNIQUE INDEX ix_product_sku ON product (sku);

GO

EXEC sp_rename 'category', categories;

GO

UPDATE product SET sku = NULL WHERE sku = '';

GO

UPDATE alembic_version SET version_num='3c4d5e6f7081' WHERE alembic_version.version_num = '2b3c4d5e6f70';

GO

COMMIT;

GO

