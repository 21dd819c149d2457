BEGIN TRANSACTION;

-- Running downgrade 9d0e1f2a3b4c -> 8c9d0e1f2a3b

DELETE FROM team_bonus WHERE team_bonus.team_id IN (1, 3);

GO

DELETE FROM team WHERE team.id IN (1, 2);

GO

UPDATE alembic_version SET version_num='8c9d0e1f2a3b' WHERE alembic_version.version_num = '9d0e1f2a3b4c';

GO

-- Running downgrade 8c9d0e1f2a3b -> 

DROP TABLE team_bonus;

GO

DROP TABLE team;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '8c9d0e1f2a3b';

GO

COMMIT;

GO

