-- Running downgrade 7b8c9d0e1f2a -> 

DROP TABLE settings

/

DELETE FROM alembic_version WHERE alembic_version.version_num = '7b8c9d0e1f2a'

/

