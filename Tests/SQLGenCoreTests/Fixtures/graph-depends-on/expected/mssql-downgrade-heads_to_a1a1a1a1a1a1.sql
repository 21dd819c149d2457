BEGIN TRANSACTION;

-- Running downgrade a3a3a3a3a3a3 -> a2a2a2a2a2a2

DROP TABLE roles;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a3a3a3a3a3a3';

GO

-- Running downgrade b3b3b3b3b3b3 -> b2b2b2b2b2b2

SELECT 'b3b3b3b3b3b3 down';

GO

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'b3b3b3b3b3b3';

GO

-- Running downgrade b2b2b2b2b2b2 -> b1b1b1b1b1b1

DROP TABLE invoice_groups;

GO

INSERT INTO alembic_version (version_num) VALUES ('b1b1b1b1b1b1');

GO

UPDATE alembic_version SET version_num='a2a2a2a2a2a2' WHERE alembic_version.version_num = 'b2b2b2b2b2b2';

GO

-- Running downgrade a2a2a2a2a2a2 -> a1a1a1a1a1a1

DROP TABLE groups;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a2a2a2a2a2a2';

GO

COMMIT;

GO

