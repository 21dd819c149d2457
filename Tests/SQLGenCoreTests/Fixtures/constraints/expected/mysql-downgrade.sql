-- Running downgrade 9d0e1f2a3b4c -> 8c9d0e1f2a3b

DROP INDEX ix_children_name ON children;

ALTER TABLE children DROP CONSTRAINT ck_children_name;

ALTER TABLE children DROP INDEX uq_children_name_parent;

UPDATE alembic_version SET version_num='8c9d0e1f2a3b' WHERE alembic_version.version_num = '9d0e1f2a3b4c';

-- Running downgrade 8c9d0e1f2a3b -> 

DROP TABLE children;

DROP TABLE parents;

DELETE FROM alembic_version WHERE alembic_version.version_num = '8c9d0e1f2a3b';

