-- Running downgrade 1f2a3b4c5d6e -> 0e1f2a3b4c5d

ALTER TABLE profiles CHANGE about bio VARCHAR(100) NULL;

ALTER TABLE profiles MODIFY score INTEGER NULL;

ALTER TABLE profiles MODIFY nickname VARCHAR(20) NULL;

UPDATE alembic_version SET version_num='0e1f2a3b4c5d' WHERE alembic_version.version_num = '1f2a3b4c5d6e';

-- Running downgrade 0e1f2a3b4c5d -> 

DROP TABLE profiles;

DELETE FROM alembic_version WHERE alembic_version.version_num = '0e1f2a3b4c5d';

