-- Running downgrade 5f6a7b8c9d0e -> 4e5f6a7b8c9d

DELETE FROM player_archive WHERE player_archive.id > 10 AND player_archive.grade IS NULL;

DELETE FROM player_archive WHERE player_archive.score BETWEEN -100 AND 0;

DELETE FROM player WHERE player.note LIKE '%-%';

DELETE FROM player WHERE player.id IN (1, 2, 3, 4);

UPDATE alembic_version SET version_num='4e5f6a7b8c9d' WHERE alembic_version.version_num = '5f6a7b8c9d0e';

-- Running downgrade 4e5f6a7b8c9d -> 

DROP TABLE player_archive;

DROP TABLE player;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4e5f6a7b8c9d';

