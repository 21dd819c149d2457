-- Running upgrade a1c0ffee0001 -> b2ba1100a001

CREATE TABLE invoices (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='b2ba1100a001' WHERE alembic_version.version_num = 'a1c0ffee0001';

-- Running upgrade b2ba1100a001 -> b2ba1100a002

CREATE TABLE invoice_lines (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='b2ba1100a002' WHERE alembic_version.version_num = 'b2ba1100a001';

