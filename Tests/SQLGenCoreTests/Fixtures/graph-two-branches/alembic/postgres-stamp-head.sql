BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running stamp_revision  -> e5e1e2000001

INSERT INTO alembic_version (version_num) VALUES ('e5e1e2000001') RETURNING alembic_version.version_num;

COMMIT;

