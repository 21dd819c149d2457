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

