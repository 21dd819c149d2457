BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 7b8c9d0e1f2a

CREATE TABLE settings (
    id INTEGER NOT NULL, 
    label VARCHAR(100) NOT NULL, 
    enabled BIT NULL, 
    ratio FLOAT NULL, 
    amount NUMERIC(10, 2) NULL, 
    starts_on DATETIME NULL, 
    updated_at DATETIME NULL, 
    PRIMARY KEY (id)
);

GO

-- sqlgen: the database will refuse this: SQL Server refuses 'SET IDENTITY_INSERT settings ON', which bulk_insert writes as Alembic does: 'settings' has no identity column (7b8c9d0e1f2a_seed_reference_data.py:31:5)

SET IDENTITY_INSERT settings ON;

GO

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (1, 'it''s a ''quoted'' value', 1, 0.5, 12.50, '2026-01-31', '2026-02-01 13:45:00');

GO

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (2, 'Zürich – naïve café', 0, 2.0, NULL, NULL, NULL);

GO

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (3, 'plain', NULL, NULL, 0, '1999-12-31', '2000-01-01 00:00:00');

GO

SET IDENTITY_INSERT settings OFF;

GO

INSERT INTO alembic_version (version_num) VALUES ('7b8c9d0e1f2a');

GO

COMMIT;

GO

