-- Running downgrade a3a3a3a3a3a3 -> a2a2a2a2a2a2

DROP TABLE roles

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a3a3a3a3a3a3'

/

-- Running downgrade b3b3b3b3b3b3 -> b2b2b2b2b2b2

SELECT 'b3b3b3b3b3b3 down'

/

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'b3b3b3b3b3b3'

/

-- Running downgrade b2b2b2b2b2b2 -> b1b1b1b1b1b1

DROP TABLE invoice_groups

/

INSERT INTO alembic_version (version_num) VALUES ('b1b1b1b1b1b1')

/

UPDATE alembic_version SET version_num='a2a2a2a2a2a2' WHERE alembic_version.version_num = 'b2b2b2b2b2b2'

/

-- Running downgrade b1b1b1b1b1b1 -> 

DROP TABLE invoices

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1'

/

-- Running downgrade a2a2a2a2a2a2 -> a1a1a1a1a1a1

DROP TABLE groups

/

UPDATE alembic_version SET version_num='a1a1a1a1a1a1' WHERE alembic_version.version_num = 'a2a2a2a2a2a2'

/

-- Running downgrade a1a1a1a1a1a1 -> 

DROP TABLE users

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1a1a1a1a1a1'

/

