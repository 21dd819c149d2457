-- Running downgrade b02c3d4e5f6a -> a01b2c3d4e5f

ALTER TABLE "Order Items" DROP CONSTRAINT fk_deferred

/

DROP INDEX ix_select

/

ALTER TABLE "Order Items" DROP COLUMN "select"

/

UPDATE alembic_version SET version_num='a01b2c3d4e5f' WHERE alembic_version.version_num = 'b02c3d4e5f6a'

/

-- Running downgrade a01b2c3d4e5f -> 

DROP TABLE "Order Items"

/

DROP TABLE app."user"

/

DROP SCHEMA app

/

DELETE FROM alembic_version WHERE alembic_version.version_num = 'a01b2c3d4e5f'

/

