BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 7658f94855d0

CREATE TABLE "user" (
    id SERIAL NOT NULL, 
    username VARCHAR(64) NOT NULL, 
    email VARCHAR(120) NOT NULL, 
    password_hash VARCHAR(256), 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_user_email ON "user" (email);

CREATE UNIQUE INDEX ix_user_username ON "user" (username);

INSERT INTO alembic_version (version_num) VALUES ('7658f94855d0') RETURNING alembic_version.version_num;

-- Running upgrade 7658f94855d0 -> af5d9f2e9ea4

CREATE TABLE post (
    id SERIAL NOT NULL, 
    body VARCHAR(140) NOT NULL, 
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    user_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_post_timestamp ON post (timestamp);

CREATE INDEX ix_post_user_id ON post (user_id);

UPDATE alembic_version SET version_num='af5d9f2e9ea4' WHERE alembic_version.version_num = '7658f94855d0';

-- Running upgrade af5d9f2e9ea4 -> a9dfbaecde5b

CREATE TABLE followers (
    follower_id INTEGER NOT NULL, 
    followed_id INTEGER NOT NULL, 
    PRIMARY KEY (follower_id, followed_id), 
    FOREIGN KEY(followed_id) REFERENCES "user" (id), 
    FOREIGN KEY(follower_id) REFERENCES "user" (id)
);

ALTER TABLE "user" ADD COLUMN about_me VARCHAR(140);

ALTER TABLE "user" ADD COLUMN last_seen TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='a9dfbaecde5b' WHERE alembic_version.version_num = 'af5d9f2e9ea4';

-- Running upgrade a9dfbaecde5b -> 699f5fd8e665

ALTER TABLE "user" ALTER COLUMN about_me TYPE VARCHAR(300);

ALTER TABLE "user" ALTER COLUMN password_hash TYPE VARCHAR(512);

ALTER TABLE "user" ALTER COLUMN password_hash SET NOT NULL;

UPDATE alembic_version SET version_num='699f5fd8e665' WHERE alembic_version.version_num = 'a9dfbaecde5b';

-- Running upgrade 699f5fd8e665 -> f82def7d9967

CREATE TABLE message (
    id SERIAL NOT NULL, 
    sender_id INTEGER NOT NULL, 
    recipient_id INTEGER NOT NULL, 
    body VARCHAR(140) NOT NULL, 
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(sender_id) REFERENCES "user" (id)
);

CREATE INDEX ix_message_recipient_id ON message (recipient_id);

CREATE INDEX ix_message_sender_id ON message (sender_id);

CREATE INDEX ix_message_timestamp ON message (timestamp);

ALTER TABLE message ADD FOREIGN KEY(recipient_id) REFERENCES "user" (id);

ALTER TABLE "user" ADD COLUMN last_message_read_time TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='f82def7d9967' WHERE alembic_version.version_num = '699f5fd8e665';

-- Running upgrade f82def7d9967 -> fdfbd6fad8db

CREATE TABLE notification (
    id SERIAL NOT NULL, 
    name VARCHAR(128) NOT NULL, 
    user_id INTEGER NOT NULL, 
    timestamp FLOAT NOT NULL, 
    payload_json TEXT NOT NULL, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_notification_name ON notification (name);

CREATE INDEX ix_notification_timestamp ON notification (timestamp);

CREATE INDEX ix_notification_user_id ON notification (user_id);

ALTER TABLE notification ADD CONSTRAINT fk_notification_user_id_user FOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE;

ALTER TABLE followers DROP CONSTRAINT followers_followed_id_fkey;

ALTER TABLE followers DROP CONSTRAINT followers_follower_id_fkey;

ALTER TABLE followers ADD CONSTRAINT fk_followers_followed_id_user FOREIGN KEY(followed_id) REFERENCES "user" (id) ON DELETE CASCADE;

ALTER TABLE followers ADD CONSTRAINT fk_followers_follower_id_user FOREIGN KEY(follower_id) REFERENCES "user" (id) ON DELETE CASCADE;

UPDATE alembic_version SET version_num='fdfbd6fad8db' WHERE alembic_version.version_num = 'f82def7d9967';

-- Running upgrade fdfbd6fad8db -> db183f20134c

ALTER TABLE post ADD COLUMN language VARCHAR(5);

DROP INDEX ix_user_email;

ALTER TABLE "user" ADD CONSTRAINT uq_user_email UNIQUE (email);

ALTER TABLE "user" DROP COLUMN password_hash;

ALTER TABLE "user" ADD COLUMN password VARCHAR(512) DEFAULT '' NOT NULL;

UPDATE alembic_version SET version_num='db183f20134c' WHERE alembic_version.version_num = 'fdfbd6fad8db';

-- Running upgrade db183f20134c -> 0e46b5fa5b0c

CREATE TABLE task (
    id VARCHAR(36) NOT NULL, 
    name VARCHAR(128) NOT NULL, 
    description VARCHAR(128), 
    user_id INTEGER NOT NULL, 
    complete BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE INDEX ix_task_name ON task (name);

CREATE INDEX ix_task_user_id ON task (user_id);

UPDATE alembic_version SET version_num='0e46b5fa5b0c' WHERE alembic_version.version_num = 'db183f20134c';

-- Running upgrade 0e46b5fa5b0c -> bf41f1f0742a

ALTER TABLE task ALTER COLUMN complete SET DEFAULT false;

ALTER TABLE task ALTER COLUMN description TYPE TEXT;

ALTER TABLE post RENAME body TO content;

ALTER TABLE post ALTER COLUMN language SET NOT NULL;

ALTER TABLE post ALTER COLUMN language SET DEFAULT 'en';

UPDATE alembic_version SET version_num='bf41f1f0742a' WHERE alembic_version.version_num = '0e46b5fa5b0c';

COMMIT;

