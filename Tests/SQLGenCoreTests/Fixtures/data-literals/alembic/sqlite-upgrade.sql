CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 7b8c9d0e1f2a

CREATE TABLE settings (
    id INTEGER NOT NULL, 
    label VARCHAR(100) NOT NULL, 
    enabled BOOLEAN, 
    ratio FLOAT, 
    amount NUMERIC(10, 2), 
    starts_on DATE, 
    updated_at DATETIME, 
    PRIMARY KEY (id)
);

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (1, 'it''s a ''quoted'' value', 1, 0.5, 12.50, '2026-01-31', '2026-02-01 13:45:00.000000');

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (2, 'Zürich – naïve café', 0, 2.0, NULL, NULL, NULL);

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (3, 'plain', NULL, NULL, 0, '1999-12-31', '2000-01-01 00:00:00.000000');

INSERT INTO alembic_version (version_num) VALUES ('7b8c9d0e1f2a') RETURNING version_num;

