BEGIN;

-- Running downgrade bf41f1f0742a -> 0e46b5fa5b0c

ALTER TABLE post ALTER COLUMN language DROP NOT NULL;

ALTER TABLE post ALTER COLUMN language DROP DEFAULT;

ALTER TABLE post RENAME content TO body;

ALTER TABLE task ALTER COLUMN description TYPE VARCHAR(128);

ALTER TABLE task ALTER COLUMN complete DROP DEFAULT;

UPDATE alembic_version SET version_num='0e46b5fa5b0c' WHERE alembic_version.version_num = 'bf41f1f0742a';

-- Running downgrade 0e46b5fa5b0c -> db183f20134c

DROP INDEX ix_task_user_id;

DROP INDEX ix_task_name;

DROP TABLE task;

UPDATE alembic_version SET version_num='db183f20134c' WHERE alembic_version.version_num = '0e46b5fa5b0c';

-- Running downgrade db183f20134c -> fdfbd6fad8db

ALTER TABLE "user" DROP COLUMN password;

ALTER TABLE "user" ADD COLUMN password_hash VARCHAR(512);

ALTER TABLE "user" DROP CONSTRAINT uq_user_email;

CREATE UNIQUE INDEX ix_user_email ON "user" (email);

ALTER TABLE post DROP COLUMN language;

UPDATE alembic_version SET version_num='fdfbd6fad8db' WHERE alembic_version.version_num = 'db183f20134c';

-- Running downgrade fdfbd6fad8db -> f82def7d9967

ALTER TABLE followers DROP CONSTRAINT fk_followers_follower_id_user;

ALTER TABLE followers DROP CONSTRAINT fk_followers_followed_id_user;

ALTER TABLE followers ADD CONSTRAINT followers_follower_id_fkey FOREIGN KEY(follower_id) REFERENCES "user" (id);

ALTER TABLE followers ADD CONSTRAINT followers_followed_id_fkey FOREIGN KEY(followed_id) REFERENCES "user" (id);

ALTER TABLE notification DROP CONSTRAINT fk_notification_user_id_user;

DROP INDEX ix_notification_user_id;

DROP INDEX ix_notification_timestamp;

DROP INDEX ix_notification_name;

DROP TABLE notification;

UPDATE alembic_version SET version_num='f82def7d9967' WHERE alembic_version.version_num = 'fdfbd6fad8db';

-- Running downgrade f82def7d9967 -> 699f5fd8e665

ALTER TABLE "user" DROP COLUMN last_message_read_time;

ALTER TABLE message DROP CONSTRAINT message_recipient_id_fkey;

DROP INDEX ix_message_timestamp;

DROP INDEX ix_message_sender_id;

DROP INDEX ix_message_recipient_id;

DROP TABLE message;

UPDATE alembic_version SET version_num='699f5fd8e665' WHERE alembic_version.version_num = 'f82def7d9967';

-- Running downgrade 699f5fd8e665 -> a9dfbaecde5b

ALTER TABLE "user" ALTER COLUMN password_hash TYPE VARCHAR(256);

ALTER TABLE "user" ALTER COLUMN password_hash DROP NOT NULL;

ALTER TABLE "user" ALTER COLUMN about_me TYPE VARCHAR(140);

UPDATE alembic_version SET version_num='a9dfbaecde5b' WHERE alembic_version.version_num = '699f5fd8e665';

-- Running downgrade a9dfbaecde5b -> af5d9f2e9ea4

ALTER TABLE "user" DROP COLUMN last_seen;

ALTER TABLE "user" DROP COLUMN about_me;

DROP TABLE followers;

UPDATE alembic_version SET version_num='af5d9f2e9ea4' WHERE alembic_version.version_num = 'a9dfbaecde5b';

-- Running downgrade af5d9f2e9ea4 -> 7658f94855d0

DROP INDEX ix_post_user_id;

DROP INDEX ix_post_timestamp;

DROP TABLE post;

UPDATE alembic_version SET version_num='7658f94855d0' WHERE alembic_version.version_num = 'af5d9f2e9ea4';

-- Running downgrade 7658f94855d0 -> 

DROP INDEX ix_user_username;

DROP INDEX ix_user_email;

DROP TABLE "user";

DELETE FROM alembic_version WHERE alembic_version.version_num = '7658f94855d0';

COMMIT;

