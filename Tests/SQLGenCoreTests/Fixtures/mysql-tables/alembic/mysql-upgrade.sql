CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4a1b2c3d4e5f

CREATE TABLE authors (
    id INTEGER NOT NULL COMMENT 'surrogate key' AUTO_INCREMENT, 
    name VARCHAR(100) COLLATE utf8mb4_bin NOT NULL, 
    bio LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci, 
    active TINYINT(1) NOT NULL DEFAULT 1, 
    `rank` TINYINT(3) UNSIGNED, 
    status ENUM('draft','live','it''s','back\\slash') NOT NULL DEFAULT 'draft', 
    settings JSON, 
    score DECIMAL(8, 2) UNSIGNED, 
    born YEAR, 
    flags BIT(8), 
    tags SET('a','b','c'), 
    token VARCHAR(36) DEFAULT (uuid()), 
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), 
    updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, 
    seen_at DATETIME DEFAULT (now()), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_authors_name UNIQUE (name)
)CHARSET=utf8mb4 ENGINE=InnoDB COMMENT='people who write, ''quoted'' and \\ escaped' COLLATE utf8mb4_unicode_ci;

CREATE TABLE `order` (
    `key` BIGINT NOT NULL AUTO_INCREMENT, 
    author_id INTEGER NOT NULL, 
    `group` VARCHAR(50), 
    `select` BOOL NOT NULL DEFAULT false, 
    title VARCHAR(200) NOT NULL, 
    body TEXT, 
    amount NUMERIC(10, 2) DEFAULT (0.00), 
    ratio FLOAT DEFAULT (-1), 
    kind VARCHAR(5), 
    total NUMERIC(12, 2) GENERATED ALWAYS AS (amount * 2) STORED, 
    doubled INTEGER GENERATED ALWAYS AS (`key` * 2), 
    PRIMARY KEY (`key`), 
    CONSTRAINT ck_order_amount CHECK (amount >= 0), 
    FOREIGN KEY(author_id) REFERENCES authors (id) ON DELETE CASCADE ON UPDATE RESTRICT, 
    CONSTRAINT ck_order_kind CHECK (kind IN ('small', 'large'))
)ENGINE=InnoDB ROW_FORMAT=DYNAMIC;

CREATE INDEX ix_order_body ON `order` (body(50));

CREATE INDEX ix_order_title_group ON `order` (title(20), `group`) USING `BTREE`;

CREATE FULLTEXT INDEX ix_order_fulltext ON `order` (title);

CREATE INDEX ix_order_group ON `order` (`group`);

INSERT INTO alembic_version (version_num) VALUES ('4a1b2c3d4e5f');

-- Running upgrade 4a1b2c3d4e5f -> 5b2c3d4e5f6a

ALTER TABLE authors ADD COLUMN homepage VARCHAR(255) COMMENT 'author''s site';

ALTER TABLE authors ADD COLUMN last_login TIMESTAMP NULL;

ALTER TABLE authors ADD COLUMN notes MEDIUMTEXT NOT NULL DEFAULT ('');

CREATE UNIQUE INDEX ix_authors_homepage ON authors (homepage(30));

CREATE INDEX ix_authors_status_created ON authors (status, created_at) USING `HASH`;

ALTER TABLE `order` RENAME TO orders;

ALTER TABLE orders COMMENT 'what was ordered';

UPDATE alembic_version SET version_num='5b2c3d4e5f6a' WHERE alembic_version.version_num = '4a1b2c3d4e5f';

