-- Running downgrade 9d0e1f2a3b4c -> 8c9d0e1f2a3b

DELETE FROM team_bonus WHERE team_bonus.team_id IN (1, 3);

DELETE FROM team WHERE team.id IN (1, 2);

UPDATE alembic_version SET version_num='8c9d0e1f2a3b' WHERE alembic_version.version_num = '9d0e1f2a3b4c';

-- Running downgrade 8c9d0e1f2a3b -> 

DROP TABLE team_bonus;

DROP TABLE team;

DELETE FROM alembic_version WHERE alembic_version.version_num = '8c9d0e1f2a3b';

