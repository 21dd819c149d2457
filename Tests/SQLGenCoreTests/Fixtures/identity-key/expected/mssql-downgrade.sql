BEGIN TRANSACTION;

-- Running downgrade 4b5c6d7e8f9a -> 3a4b5c6d7e8f

DELETE FROM ticket_notes;

GO

DELETE FROM tickets;

GO

UPDATE alembic_version SET version_num='3a4b5c6d7e8f' WHERE alembic_version.version_num = '4b5c6d7e8f9a';

GO

-- Running downgrade 3a4b5c6d7e8f -> 

DROP TABLE ticket_notes;

GO

DROP TABLE tickets;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '3a4b5c6d7e8f';

GO

COMMIT;

GO

