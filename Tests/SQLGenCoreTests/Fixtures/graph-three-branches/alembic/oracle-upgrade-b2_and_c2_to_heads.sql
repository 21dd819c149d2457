-- Running upgrade a1 -> d1

CREATE TABLE audit_log (
    id INTEGER NOT NULL, 
    note VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('d1') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade d1 -> d2

SELECT 'd2 up'

/

UPDATE alembic_version SET version_num='d2' WHERE alembic_version.version_num = 'd1'

/

