-- Running downgrade 5e6f708192a3 -> 4d5e6f708192

ALTER TABLE members CHANGE years age INTEGER NULL;

ALTER TABLE members DROP CONSTRAINT ck_members_age;

ALTER TABLE members DROP INDEX uq_members_email;

ALTER TABLE members ADD COLUMN nickname VARCHAR(30);

ALTER TABLE members DROP COLUMN score;

ALTER TABLE members MODIFY email VARCHAR(100) NULL;

UPDATE alembic_version SET version_num='4d5e6f708192' WHERE alembic_version.version_num = '5e6f708192a3';

-- Running downgrade 4d5e6f708192 -> 

DROP INDEX ix_members_email ON members;

DROP TABLE members;

DROP TABLE teams;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4d5e6f708192';

