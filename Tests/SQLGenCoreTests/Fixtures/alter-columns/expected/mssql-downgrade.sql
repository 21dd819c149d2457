BEGIN TRANSACTION;

-- Running downgrade 1f2a3b4c5d6e -> 0e1f2a3b4c5d

EXEC sp_rename 'profiles.about', bio, 'COLUMN';

GO

ALTER TABLE profiles ALTER COLUMN score INTEGER NULL;

GO

ALTER TABLE profiles ALTER COLUMN nickname VARCHAR(20) NULL;

GO

UPDATE alembic_version SET version_num='0e1f2a3b4c5d' WHERE alembic_version.version_num = '1f2a3b4c5d6e';

GO

-- Running downgrade 0e1f2a3b4c5d -> 

DROP TABLE profiles;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '0e1f2a3b4c5d';

GO

COMMIT;

GO

