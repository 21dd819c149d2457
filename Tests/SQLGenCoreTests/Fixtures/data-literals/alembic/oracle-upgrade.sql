CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 7b8c9d0e1f2a

CREATE TABLE settings (
    id INTEGER NOT NULL, 
    label VARCHAR2(100 CHAR) NOT NULL, 
    enabled BOOLEAN, 
    ratio FLOAT, 
    amount NUMERIC(10, 2), 
    starts_on DATE, 
    updated_at DATE, 
    PRIMARY KEY (id)
)

/

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (1, 'it''s a ''quoted'' value', 1, 0.5, 12.50, TO_DATE('2026-01-31', 'YYYY-MM-DD'), TO_DATE('2026-02-01 13:45:00', 'YYYY-MM-DD HH24:MI:SS'))

/

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (2, 'Zürich – naïve café', 0, 2.0, NULL, NULL, NULL)

/

INSERT INTO settings (id, label, enabled, ratio, amount, starts_on, updated_at) VALUES (3, 'plain', NULL, NULL, 0, TO_DATE('1999-12-31', 'YYYY-MM-DD'), TO_DATE('2000-01-01 00:00:00', 'YYYY-MM-DD HH24:MI:SS'))

/

INSERT INTO alembic_version (version_num) VALUES ('7b8c9d0e1f2a') RETURNING alembic_version.version_num INTO :ret_0

/

