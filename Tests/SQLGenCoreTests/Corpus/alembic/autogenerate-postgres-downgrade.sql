BEGIN;

-- Running downgrade 4de4ad915a36 -> b3753b4a3ee2

ALTER TABLE users DROP CONSTRAINT fk_users_default_project_id_projects;

ALTER TABLE users DROP COLUMN default_project_id;

DROP INDEX ix_task_comments_task_id_created_at;

DROP INDEX ix_task_comments_task_id;

DROP TABLE task_comments;

UPDATE alembic_version SET version_num='b3753b4a3ee2' WHERE alembic_version.version_num = '4de4ad915a36';

-- Running downgrade b3753b4a3ee2 -> 046355ac0ecd

DROP INDEX ix_tasks_project_id_status;

ALTER TABLE tasks ALTER COLUMN estimate_hours TYPE DOUBLE PRECISION;

ALTER TABLE tasks ALTER COLUMN due_date DROP NOT NULL;

ALTER TABLE tasks DROP COLUMN status;

UPDATE alembic_version SET version_num='046355ac0ecd' WHERE alembic_version.version_num = 'b3753b4a3ee2';

-- Running downgrade 046355ac0ecd -> 5e6add70e34d

ALTER TABLE users ADD COLUMN is_superuser BOOLEAN DEFAULT false NOT NULL;

DROP INDEX ix_projects_archived;

CREATE INDEX ix_projects_org_archived ON projects (organization_id, archived);

UPDATE alembic_version SET version_num='5e6add70e34d' WHERE alembic_version.version_num = '046355ac0ecd';

-- Running downgrade 5e6add70e34d -> c1d7b7decc0c

DROP INDEX ix_tasks_project_id;

DROP INDEX ix_tasks_assignee_id;

DROP TABLE tasks;

UPDATE alembic_version SET version_num='c1d7b7decc0c' WHERE alembic_version.version_num = '5e6add70e34d';

-- Running downgrade c1d7b7decc0c -> 5d96265beda9

ALTER TABLE users ALTER COLUMN full_name DROP NOT NULL;

ALTER TABLE projects ALTER COLUMN name TYPE VARCHAR(100);

UPDATE alembic_version SET version_num='5d96265beda9' WHERE alembic_version.version_num = 'c1d7b7decc0c';

-- Running downgrade 5d96265beda9 -> cf0c4243ed52

ALTER TABLE users DROP COLUMN login_count;

ALTER TABLE users DROP COLUMN timezone;

ALTER TABLE users DROP COLUMN last_login_at;

UPDATE alembic_version SET version_num='cf0c4243ed52' WHERE alembic_version.version_num = '5d96265beda9';

-- Running downgrade cf0c4243ed52 -> 566bc55a45f8

DROP INDEX ix_projects_org_archived;

DROP INDEX ix_projects_owner_id;

DROP TABLE projects;

UPDATE alembic_version SET version_num='566bc55a45f8' WHERE alembic_version.version_num = 'cf0c4243ed52';

-- Running downgrade 566bc55a45f8 -> d1a69b9b1325

DROP INDEX ix_memberships_organization_id;

DROP TABLE memberships;

DROP TABLE organizations;

UPDATE alembic_version SET version_num='d1a69b9b1325' WHERE alembic_version.version_num = '566bc55a45f8';

-- Running downgrade d1a69b9b1325 -> 

DROP INDEX ix_users_full_name;

DROP INDEX ix_users_email;

DROP TABLE users;

DELETE FROM alembic_version WHERE alembic_version.version_num = 'd1a69b9b1325';

COMMIT;

