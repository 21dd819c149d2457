-- Running upgrade trunk_0002 -> billing_0001

CREATE TABLE invoices (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

UPDATE alembic_version SET version_num='billing_0001' WHERE alembic_version.version_num = 'trunk_0002'

/

