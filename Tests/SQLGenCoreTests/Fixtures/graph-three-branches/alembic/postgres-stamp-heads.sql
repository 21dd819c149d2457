BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> b2

INSERT INTO alembic_version (version_num) VALUES ('b2') RETURNING alembic_version.version_num;

-- Running stamp_revision  -> c2

INSERT INTO alembic_version (version_num) VALUES ('c2') RETURNING alembic_version.version_num;

-- Running stamp_revision  -> d2

INSERT INTO alembic_version (version_num) VALUES ('d2') RETURNING alembic_version.version_num;

COMMIT;

