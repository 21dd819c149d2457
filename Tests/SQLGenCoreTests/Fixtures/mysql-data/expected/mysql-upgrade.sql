CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 9f6a7b8c9d0e

CREATE TABLE pages (
    id INTEGER NOT NULL, 
    path VARCHAR(200) NOT NULL, 
    position INTEGER NOT NULL DEFAULT '0', 
    visible BOOL DEFAULT true, 
    body TEXT, 
    price NUMERIC(8, 2), 
    ratio FLOAT, 
    published_on DATE, 
    published_at DATETIME, 
    alarm TIME, 
    quote VARCHAR(50) COMMENT 'a \\ in a comment' DEFAULT 'it''s a \\ here', 
    status ENUM('new','o''k','c:\\temp') DEFAULT 'new', 
    PRIMARY KEY (id)
);

INSERT INTO pages (id, path, position, visible, body, price, ratio, published_on, published_at, alarm, status) VALUES (1, '/', 0, true, 'O''Brien \\ Ünal \\n is not a newline', 10.50, 0.25, '2026-01-02', '2026-01-02 03:04:05', '06:30:00', 'o''k');

INSERT INTO pages (id, path, position, visible, body, price, ratio, status) VALUES (2, '/about', 10, false, NULL, NULL, 1e-05, 'c:\\temp');

INSERT INTO pages (id, path, position, body) VALUES (3, 'C:\\Windows\\', -1, 'line one
line two');

UPDATE pages SET body = 'a \\ b' WHERE id = 3;

CREATE INDEX ix_pages_position ON pages (position, visible);

INSERT INTO alembic_version (version_num) VALUES ('9f6a7b8c9d0e');

