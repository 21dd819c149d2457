BEGIN;

-- Running downgrade 3d4e5f6a7b8c -> 2c3d4e5f6a7b

UPDATE account SET score=(account.score * 2 - 1) WHERE account.score IS NOT NULL AND account.name NOT LIKE 'x%';

DELETE FROM account WHERE (account.name = 'a' OR account.score IS NULL) AND (account.id NOT IN (1, 2, 3)) AND account.id IN (4);

DELETE FROM account WHERE account.name IS NULL OR account.score < 3 AND account.active != true;

DELETE FROM account WHERE account.id IN (1, 2, 3);

UPDATE alembic_version SET version_num='2c3d4e5f6a7b' WHERE alembic_version.version_num = '3d4e5f6a7b8c';

-- Running downgrade 2c3d4e5f6a7b -> 

DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '2c3d4e5f6a7b';

COMMIT;

