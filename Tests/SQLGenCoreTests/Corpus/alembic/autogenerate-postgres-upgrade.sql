BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> d1a69b9b1325

CREATE TABLE users (
    id SERIAL NOT NULL, 
    email VARCHAR(255) NOT NULL, 
    hashed_password VARCHAR(128) NOT NULL, 
    full_name VARCHAR(120), 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    is_superuser BOOLEAN NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE INDEX ix_users_full_name ON users (full_name);

INSERT INTO alembic_version (version_num) VALUES ('d1a69b9b1325') RETURNING alembic_version.version_num;

-- Running upgrade d1a69b9b1325 -> 566bc55a45f8

CREATE TABLE organizations (
    id SERIAL NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    slug VARCHAR(100) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (slug)
);

CREATE TABLE memberships (
    user_id INTEGER NOT NULL, 
    organization_id INTEGER NOT NULL, 
    role VARCHAR(20) DEFAULT 'member' NOT NULL, 
    joined_at TIMESTAMP WITH TIME ZONE, 
    PRIMARY KEY (user_id, organization_id), 
    FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE CASCADE, 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_memberships_organization_id ON memberships (organization_id);

UPDATE alembic_version SET version_num='566bc55a45f8' WHERE alembic_version.version_num = 'd1a69b9b1325';

-- Running upgrade 566bc55a45f8 -> cf0c4243ed52

CREATE TABLE projects (
    id SERIAL NOT NULL, 
    organization_id INTEGER NOT NULL, 
    owner_id INTEGER, 
    name VARCHAR(100) NOT NULL, 
    description TEXT, 
    budget NUMERIC(12, 2), 
    archived BOOLEAN DEFAULT false NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT pk_projects PRIMARY KEY (id), 
    CONSTRAINT fk_projects_organization_id_organizations FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE CASCADE, 
    CONSTRAINT fk_projects_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL, 
    CONSTRAINT uq_projects_organization_id_name UNIQUE (organization_id, name)
);

CREATE INDEX ix_projects_owner_id ON projects (owner_id);

CREATE INDEX ix_projects_org_archived ON projects (organization_id, archived);

UPDATE alembic_version SET version_num='cf0c4243ed52' WHERE alembic_version.version_num = '566bc55a45f8';

-- Running upgrade cf0c4243ed52 -> 5d96265beda9

ALTER TABLE users ADD COLUMN last_login_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE users ADD COLUMN timezone VARCHAR(64) DEFAULT 'UTC' NOT NULL;

ALTER TABLE users ADD COLUMN login_count INTEGER DEFAULT '0' NOT NULL;

UPDATE alembic_version SET version_num='5d96265beda9' WHERE alembic_version.version_num = 'cf0c4243ed52';

-- Running upgrade 5d96265beda9 -> c1d7b7decc0c

ALTER TABLE projects ALTER COLUMN name TYPE VARCHAR(200);

ALTER TABLE users ALTER COLUMN full_name SET NOT NULL;

UPDATE alembic_version SET version_num='c1d7b7decc0c' WHERE alembic_version.version_num = '5d96265beda9';

-- Running upgrade c1d7b7decc0c -> 5e6add70e34d

CREATE TYPE taskkind AS ENUM ('BUG', 'FEATURE', 'CHORE');

CREATE TABLE tasks (
    id BIGSERIAL NOT NULL, 
    project_id INTEGER NOT NULL, 
    assignee_id INTEGER, 
    kind taskkind NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    body TEXT, 
    priority SMALLINT DEFAULT '3' NOT NULL, 
    estimate_hours FLOAT, 
    due_date DATE, 
    completed_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    FOREIGN KEY(assignee_id) REFERENCES users (id), 
    FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE
);

CREATE INDEX ix_tasks_assignee_id ON tasks (assignee_id);

CREATE INDEX ix_tasks_project_id ON tasks (project_id);

UPDATE alembic_version SET version_num='5e6add70e34d' WHERE alembic_version.version_num = 'c1d7b7decc0c';

-- Running upgrade 5e6add70e34d -> 046355ac0ecd

DROP INDEX ix_projects_org_archived;

CREATE INDEX ix_projects_archived ON projects (archived);

ALTER TABLE users DROP COLUMN is_superuser;

UPDATE alembic_version SET version_num='046355ac0ecd' WHERE alembic_version.version_num = '5e6add70e34d';

-- Running upgrade 046355ac0ecd -> b3753b4a3ee2

ALTER TABLE tasks ADD COLUMN status VARCHAR(16) DEFAULT 'open' NOT NULL;

ALTER TABLE tasks ALTER COLUMN due_date SET NOT NULL;

ALTER TABLE tasks ALTER COLUMN estimate_hours TYPE NUMERIC(6, 2);

CREATE INDEX ix_tasks_project_id_status ON tasks (project_id, status);

UPDATE alembic_version SET version_num='b3753b4a3ee2' WHERE alembic_version.version_num = '046355ac0ecd';

-- Running upgrade b3753b4a3ee2 -> 4de4ad915a36

CREATE TABLE task_comments (
    id BIGSERIAL NOT NULL, 
    public_id UUID NOT NULL, 
    task_id BIGINT NOT NULL, 
    author_id INTEGER, 
    body TEXT NOT NULL, 
    edited BOOLEAN DEFAULT false NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(author_id) REFERENCES users (id) ON DELETE SET NULL, 
    FOREIGN KEY(task_id) REFERENCES tasks (id) ON DELETE CASCADE, 
    UNIQUE (public_id)
);

CREATE INDEX ix_task_comments_task_id ON task_comments (task_id);

CREATE INDEX ix_task_comments_task_id_created_at ON task_comments (task_id, created_at);

ALTER TABLE users ADD COLUMN default_project_id INTEGER;

ALTER TABLE users ADD CONSTRAINT fk_users_default_project_id_projects FOREIGN KEY(default_project_id) REFERENCES projects (id);

UPDATE alembic_version SET version_num='4de4ad915a36' WHERE alembic_version.version_num = 'b3753b4a3ee2';

COMMIT;

