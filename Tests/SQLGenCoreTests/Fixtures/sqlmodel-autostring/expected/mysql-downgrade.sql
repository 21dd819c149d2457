-- Running downgrade 8f9a0b1c2d3e -> 

DROP INDEX ix_heroes_name ON heroes;

DROP TABLE heroes;

DELETE FROM alembic_version WHERE alembic_version.version_num = '8f9a0b1c2d3e';

