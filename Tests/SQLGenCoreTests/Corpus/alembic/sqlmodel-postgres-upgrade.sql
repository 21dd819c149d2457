BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3a7c6088155f

CREATE TABLE team (
    id SERIAL NOT NULL, 
    name VARCHAR NOT NULL, 
    headquarters VARCHAR NOT NULL, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_team_name ON team (name);

CREATE TABLE hero (
    id SERIAL NOT NULL, 
    name VARCHAR NOT NULL, 
    secret_name VARCHAR NOT NULL, 
    age INTEGER, 
    team_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(team_id) REFERENCES team (id)
);

CREATE INDEX ix_hero_name ON hero (name);

INSERT INTO alembic_version (version_num) VALUES ('3a7c6088155f') RETURNING alembic_version.version_num;

-- Running upgrade 3a7c6088155f -> 37c9d57dcafd

CREATE INDEX ix_hero_age ON hero (age);

UPDATE alembic_version SET version_num='37c9d57dcafd' WHERE alembic_version.version_num = '3a7c6088155f';

-- Running upgrade 37c9d57dcafd -> 26ad88c279d9

CREATE TABLE "user" (
    email VARCHAR(255) NOT NULL, 
    is_active BOOLEAN NOT NULL, 
    is_superuser BOOLEAN NOT NULL, 
    full_name VARCHAR(255), 
    id SERIAL NOT NULL, 
    hashed_password VARCHAR NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_user_email ON "user" (email);

UPDATE alembic_version SET version_num='26ad88c279d9' WHERE alembic_version.version_num = '37c9d57dcafd';

-- Running upgrade 26ad88c279d9 -> 6dbbef65ed78

CREATE TABLE item (
    title VARCHAR NOT NULL, 
    description VARCHAR, 
    id SERIAL NOT NULL, 
    owner_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(owner_id) REFERENCES "user" (id)
);

UPDATE alembic_version SET version_num='6dbbef65ed78' WHERE alembic_version.version_num = '26ad88c279d9';

-- Running upgrade 6dbbef65ed78 -> 0e0bafbec9a6

ALTER TABLE "user" ALTER COLUMN email TYPE VARCHAR(255);

ALTER TABLE item ALTER COLUMN title TYPE VARCHAR(255);

ALTER TABLE item ALTER COLUMN description TYPE VARCHAR(255);

UPDATE alembic_version SET version_num='0e0bafbec9a6' WHERE alembic_version.version_num = '6dbbef65ed78';

-- Running upgrade 0e0bafbec9a6 -> dd63d1764460

CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

ALTER TABLE "user" ADD COLUMN new_id UUID;

ALTER TABLE item ADD COLUMN new_id UUID;

ALTER TABLE item ADD COLUMN new_owner_id UUID;

UPDATE "user" SET new_id = uuid_generate_v4();

UPDATE item SET new_id = uuid_generate_v4();

UPDATE item SET new_owner_id = (SELECT new_id FROM "user" WHERE "user".id = item.owner_id);

ALTER TABLE "user" ALTER COLUMN new_id SET NOT NULL;

ALTER TABLE item ALTER COLUMN new_id SET NOT NULL;

ALTER TABLE item DROP CONSTRAINT item_owner_id_fkey;

ALTER TABLE item DROP COLUMN owner_id;

ALTER TABLE item RENAME new_owner_id TO owner_id;

ALTER TABLE "user" DROP COLUMN id;

ALTER TABLE "user" RENAME new_id TO id;

ALTER TABLE item DROP COLUMN id;

ALTER TABLE item RENAME new_id TO id;

ALTER TABLE "user" ADD CONSTRAINT user_pkey PRIMARY KEY (id);

ALTER TABLE item ADD CONSTRAINT item_pkey PRIMARY KEY (id);

ALTER TABLE item ADD CONSTRAINT item_owner_id_fkey FOREIGN KEY(owner_id) REFERENCES "user" (id);

UPDATE alembic_version SET version_num='dd63d1764460' WHERE alembic_version.version_num = '0e0bafbec9a6';

-- Running upgrade dd63d1764460 -> da0aaa72870b

ALTER TABLE item ALTER COLUMN owner_id SET NOT NULL;

ALTER TABLE item DROP CONSTRAINT item_owner_id_fkey;

ALTER TABLE item ADD FOREIGN KEY(owner_id) REFERENCES "user" (id) ON DELETE CASCADE;

UPDATE alembic_version SET version_num='da0aaa72870b' WHERE alembic_version.version_num = 'dd63d1764460';

-- Running upgrade da0aaa72870b -> 07bd604af42a

CREATE TABLE power (
    id SERIAL NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    level FLOAT NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE heropowerlink (
    hero_id INTEGER NOT NULL, 
    power_id INTEGER NOT NULL, 
    is_training BOOLEAN NOT NULL, 
    PRIMARY KEY (hero_id, power_id), 
    FOREIGN KEY(hero_id) REFERENCES hero (id), 
    FOREIGN KEY(power_id) REFERENCES power (id)
);

ALTER TABLE hero ADD COLUMN created_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE hero ADD COLUMN motto VARCHAR(280);

UPDATE alembic_version SET version_num='07bd604af42a' WHERE alembic_version.version_num = 'da0aaa72870b';

-- Running upgrade 07bd604af42a -> d1775438a5b5

ALTER TABLE team ADD COLUMN country VARCHAR(2) DEFAULT 'US' NOT NULL;

DROP INDEX ix_team_name;

CREATE UNIQUE INDEX ix_team_name ON team (name);

ALTER TABLE hero ALTER COLUMN secret_name TYPE VARCHAR(120);

UPDATE alembic_version SET version_num='d1775438a5b5' WHERE alembic_version.version_num = '07bd604af42a';

COMMIT;

