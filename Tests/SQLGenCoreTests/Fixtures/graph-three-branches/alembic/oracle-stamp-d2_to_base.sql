-- Running stamp_revision d2 -> 

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd2'

/

