BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 0e1f2a3b4c5d

CREATE TABLE profiles (
    id INTEGER NOT NULL IDENTITY, 
    nickname VARCHAR(20) NULL, 
    bio VARCHAR(100) NULL, 
    score INTEGER NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('0e1f2a3b4c5d');

GO

-- Running upgrade 0e1f2a3b4c5d -> 1f2a3b4c5d6e

ALTER TABLE profiles ALTER COLUMN nickname VARCHAR(50) NULL;

GO

ALTER TABLE profiles ALTER COLUMN score INTEGER NOT NULL;

GO

EXEC sp_rename 'profiles.bio', about, 'COLUMN';

GO

UPDATE alembic_version SET version_num='1f2a3b4c5d6e' WHERE alembic_version.version_num = '0e1f2a3b4c5d';

GO

COMMIT;

GO

