BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running stamp_revision  -> b2

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('b2');

GO

-- Running stamp_revision  -> c2

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('c2');

GO

-- Running stamp_revision  -> d2

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('d2');

GO

COMMIT;

GO

