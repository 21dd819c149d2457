BEGIN;

-- Running downgrade 1f2a3b4c5d6e -> 0e1f2a3b4c5d

ALTER TABLE profiles RENAME about TO bio;

ALTER TABLE profiles ALTER COLUMN score DROP NOT NULL;

ALTER TABLE profiles ALTER COLUMN nickname TYPE VARCHAR(20);

UPDATE alembic_version SET version_num='0e1f2a3b4c5d' WHERE alembic_version.version_num = '1f2a3b4c5d6e';

-- Running downgrade 0e1f2a3b4c5d -> 

DROP TABLE profiles;

DELETE FROM alembic_version WHERE alembic_version.version_num = '0e1f2a3b4c5d';

COMMIT;

