-- Running downgrade 1f2a3b4c5d6e -> 0e1f2a3b4c5d

ALTER TABLE profiles RENAME COLUMN about TO bio

/

ALTER TABLE profiles MODIFY score NULL

/

ALTER TABLE profiles MODIFY nickname VARCHAR2(20 CHAR)

/

UPDATE alembic_version SET version_num='0e1f2a3b4c5d' WHERE alembic_version.version_num = '1f2a3b4c5d6e'

/

-- Running downgrade 0e1f2a3b4c5d -> 

DROP TABLE profiles

/

DELETE FROM alembic_version WHERE alembic_version.version_num = '0e1f2a3b4c5d'

/

