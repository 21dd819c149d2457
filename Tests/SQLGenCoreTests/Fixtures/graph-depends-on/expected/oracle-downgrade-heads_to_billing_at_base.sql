-- Running downgrade b3b3b3b3b3b3 -> b2b2b2b2b2b2

SELECT 'b3b3b3b3b3b3 down'

/

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'b3b3b3b3b3b3'

/

-- Running downgrade b2b2b2b2b2b2 -> b1b1b1b1b1b1

DROP TABLE invoice_groups

/

UPDATE alembic_version SET version_num='b1b1b1b1b1b1' WHERE alembic_version.version_num = 'b2b2b2b2b2b2'

/

-- Running downgrade b1b1b1b1b1b1 -> 

DROP TABLE invoices

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1'

/

