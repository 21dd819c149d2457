BEGIN TRANSACTION;

-- Running downgrade 5f6a7b8c9d0e -> 4e5f6a7b8c9d

DELETE FROM player_archive WHERE player_archive.id > 10 AND player_archive.grade IS NULL;

GO

DELETE FROM player_archive WHERE player_archive.score BETWEEN -100 AND 0;

GO

DELETE FROM player WHERE player.note LIKE '%-%';

GO

DELETE FROM player WHERE player.id IN (1, 2, 3, 4);

GO

UPDATE alembic_version SET version_num='4e5f6a7b8c9d' WHERE alembic_version.version_num = '5f6a7b8c9d0e';

GO

-- Running downgrade 4e5f6a7b8c9d -> 

DROP TABLE player_archive;

GO

DROP TABLE player;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '4e5f6a7b8c9d';

GO

COMMIT;

GO

