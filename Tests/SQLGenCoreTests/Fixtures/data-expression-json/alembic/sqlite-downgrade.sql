-- Running downgrade 7b8c9d0e1f2a -> 6a7b8c9d0e1f

DELETE FROM document WHERE document.id IN (1, 2, 3);

UPDATE alembic_version SET version_num='6a7b8c9d0e1f' WHERE alembic_version.version_num = '7b8c9d0e1f2a';

-- Running downgrade 6a7b8c9d0e1f -> 

DROP TABLE document;

DELETE FROM alembic_version WHERE alembic_version.version_num = '6a7b8c9d0e1f';

