BEGIN;

-- Running downgrade 6d7e8f9a0b1c -> 5c6d7e8f9a0b

ALTER TABLE events DROP COLUMN seen_at;

DELETE FROM events;

UPDATE alembic_version SET version_num='5c6d7e8f9a0b' WHERE alembic_version.version_num = '6d7e8f9a0b1c';

-- Running downgrade 5c6d7e8f9a0b -> 

DROP TABLE events;

DELETE FROM alembic_version WHERE alembic_version.version_num = '5c6d7e8f9a0b';

COMMIT;

