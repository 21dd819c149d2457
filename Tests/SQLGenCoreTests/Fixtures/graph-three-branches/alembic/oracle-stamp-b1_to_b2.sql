-- Running stamp_revision b1 -> b2

UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'b1'

/

