-- Running upgrade a1 -> d1

CREATE TABLE audit_log (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('d1');

-- Running upgrade d1 -> d2

SELECT 'd2 up';

UPDATE alembic_version SET version_num='d2' WHERE alembic_version.version_num = 'd1';

-- Running upgrade a1 -> b1

CREATE TABLE invoices (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b1');

-- Running upgrade b1 -> b2

SELECT 'b2 up';

UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'b1';

