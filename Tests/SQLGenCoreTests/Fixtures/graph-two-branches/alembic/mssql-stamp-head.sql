BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running stamp_revision  -> e5e1e2000001

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('e5e1e2000001');

GO

COMMIT;

GO

