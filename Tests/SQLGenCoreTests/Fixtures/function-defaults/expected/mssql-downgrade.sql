BEGIN TRANSACTION;

-- Running downgrade 6d7e8f9a0b1c -> 5c6d7e8f9a0b

-- sqlgen: the database will refuse this: SQL Server refuses to drop column 'seen_at' while these depend on it: its default (pass mssql_drop_default=True) (6d7e8f9a0b1c_first_events.py:24:5)

ALTER TABLE events DROP COLUMN seen_at;

GO

DELETE FROM events;

GO

UPDATE alembic_version SET version_num='5c6d7e8f9a0b' WHERE alembic_version.version_num = '6d7e8f9a0b1c';

GO

-- Running downgrade 5c6d7e8f9a0b -> 

DROP TABLE events;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '5c6d7e8f9a0b';

GO

COMMIT;

GO

