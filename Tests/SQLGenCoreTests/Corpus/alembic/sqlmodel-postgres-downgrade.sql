BEGIN;

-- Running downgrade d1775438a5b5 -> 07bd604af42a

ALTER TABLE hero ALTER COLUMN secret_name TYPE VARCHAR;

DROP INDEX ix_team_name;

CREATE INDEX ix_team_name ON team (name);

ALTER TABLE team DROP COLUMN country;

UPDATE alembic_version SET version_num='07bd604af42a' WHERE alembic_version.version_num = 'd1775438a5b5';

-- Running downgrade 07bd604af42a -> da0aaa72870b

ALTER TABLE hero DROP COLUMN motto;

ALTER TABLE hero DROP COLUMN created_at;

DROP TABLE heropowerlink;

DROP TABLE power;

UPDATE alembic_version SET version_num='da0aaa72870b' WHERE alembic_version.version_num = '07bd604af42a';

-- Running downgrade da0aaa72870b -> dd63d1764460

ALTER TABLE item DROP CONSTRAINT item_owner_id_fkey;

ALTER TABLE item ADD CONSTRAINT item_owner_id_fkey FOREIGN KEY(owner_id) REFERENCES "user" (id);

ALTER TABLE item ALTER COLUMN owner_id DROP NOT NULL;

UPDATE alembic_version SET version_num='dd63d1764460' WHERE alembic_version.version_num = 'da0aaa72870b';

-- Running downgrade dd63d1764460 -> 0e0bafbec9a6

ALTER TABLE "user" ADD COLUMN old_id INTEGER;

ALTER TABLE item ADD COLUMN old_id INTEGER;

ALTER TABLE item ADD COLUMN old_owner_id INTEGER;

CREATE SEQUENCE IF NOT EXISTS user_id_seq AS INTEGER OWNED BY "user".old_id;

CREATE SEQUENCE IF NOT EXISTS item_id_seq AS INTEGER OWNED BY item.old_id;

SELECT setval('user_id_seq', COALESCE((SELECT MAX(old_id) + 1 FROM "user"), 1), false);

SELECT setval('item_id_seq', COALESCE((SELECT MAX(old_id) + 1 FROM item), 1), false);

UPDATE "user" SET old_id = nextval('user_id_seq');

UPDATE item SET old_id = nextval('item_id_seq'), old_owner_id = (SELECT old_id FROM "user" WHERE "user".id = item.owner_id);

ALTER TABLE item DROP CONSTRAINT item_owner_id_fkey;

ALTER TABLE item DROP COLUMN owner_id;

ALTER TABLE item RENAME old_owner_id TO owner_id;

ALTER TABLE "user" DROP COLUMN id;

ALTER TABLE "user" RENAME old_id TO id;

ALTER TABLE item DROP COLUMN id;

ALTER TABLE item RENAME old_id TO id;

ALTER TABLE "user" ADD CONSTRAINT user_pkey PRIMARY KEY (id);

ALTER TABLE item ADD CONSTRAINT item_pkey PRIMARY KEY (id);

ALTER TABLE item ADD CONSTRAINT item_owner_id_fkey FOREIGN KEY(owner_id) REFERENCES "user" (id);

UPDATE alembic_version SET version_num='0e0bafbec9a6' WHERE alembic_version.version_num = 'dd63d1764460';

-- Running downgrade 0e0bafbec9a6 -> 6dbbef65ed78

ALTER TABLE "user" ALTER COLUMN email TYPE VARCHAR;

ALTER TABLE item ALTER COLUMN title TYPE VARCHAR;

ALTER TABLE item ALTER COLUMN description TYPE VARCHAR;

UPDATE alembic_version SET version_num='6dbbef65ed78' WHERE alembic_version.version_num = '0e0bafbec9a6';

-- Running downgrade 6dbbef65ed78 -> 26ad88c279d9

DROP TABLE item;

UPDATE alembic_version SET version_num='26ad88c279d9' WHERE alembic_version.version_num = '6dbbef65ed78';

-- Running downgrade 26ad88c279d9 -> 37c9d57dcafd

DROP INDEX ix_user_email;

DROP TABLE "user";

UPDATE alembic_version SET version_num='37c9d57dcafd' WHERE alembic_version.version_num = '26ad88c279d9';

-- Running downgrade 37c9d57dcafd -> 3a7c6088155f

DROP INDEX ix_hero_age;

UPDATE alembic_version SET version_num='3a7c6088155f' WHERE alembic_version.version_num = '37c9d57dcafd';

-- Running downgrade 3a7c6088155f -> 

DROP INDEX ix_hero_name;

DROP TABLE hero;

DROP INDEX ix_team_name;

DROP TABLE team;

DELETE FROM alembic_version WHERE alembic_version.version_num = '3a7c6088155f';

COMMIT;

