-- Running downgrade 3d4e5f6a7b8c -> 2c3d4e5f6a7b

DELETE FROM account WHERE account.id IN (1, 2, 3);

UPDATE alembic_version SET version_num='2c3d4e5f6a7b' WHERE alembic_version.version_num = '3d4e5f6a7b8c';

-- Running downgrade 2c3d4e5f6a7b -> 

DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '2c3d4e5f6a7b';

