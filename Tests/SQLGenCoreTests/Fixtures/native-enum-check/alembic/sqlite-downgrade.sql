-- Running downgrade 7e8f9a0b1c2d -> 

DROP TABLE shipments;

DELETE FROM alembic_version WHERE alembic_version.version_num = '7e8f9a0b1c2d';

