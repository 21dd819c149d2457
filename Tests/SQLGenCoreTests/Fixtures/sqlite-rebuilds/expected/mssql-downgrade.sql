BEGIN TRANSACTION;

-- Running downgrade 5e6f708192a3 -> 4d5e6f708192

EXEC sp_rename 'members.years', age, 'COLUMN';

GO

ALTER TABLE members DROP CONSTRAINT ck_members_age;

GO

-- sqlgen: the database will refuse this: SQL Server refuses to drop column 'score' while these depend on it: its default (pass mssql_drop_default=True) (5e6f708192a3_tighten_members.py:33:9)

ALTER TABLE members DROP CONSTRAINT uq_members_email;

GO

ALTER TABLE members ADD nickname VARCHAR(30) NULL;

GO

ALTER TABLE members DROP COLUMN score;

GO

ALTER TABLE members ALTER COLUMN email VARCHAR(100) NULL;

GO

UPDATE alembic_version SET version_num='4d5e6f708192' WHERE alembic_version.version_num = '5e6f708192a3';

GO

-- Running downgrade 4d5e6f708192 -> 

DROP INDEX ix_members_email ON members;

GO

DROP TABLE members;

GO

DROP TABLE teams;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '4d5e6f708192';

GO

COMMIT;

GO

