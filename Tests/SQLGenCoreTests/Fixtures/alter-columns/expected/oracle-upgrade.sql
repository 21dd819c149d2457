CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 0e1f2a3b4c5d

CREATE TABLE profiles (
    id INTEGER NOT NULL, 
    nickname VARCHAR2(20 CHAR), 
    bio VARCHAR2(100 CHAR), 
    score INTEGER, 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('0e1f2a3b4c5d')

/

-- Running upgrade 0e1f2a3b4c5d -> 1f2a3b4c5d6e

ALTER TABLE profiles MODIFY nickname VARCHAR2(50 CHAR)

/

ALTER TABLE profiles MODIFY score NOT NULL

/

ALTER TABLE profiles RENAME COLUMN bio TO about

/

UPDATE alembic_version SET version_num='1f2a3b4c5d6e' WHERE alembic_version.version_num = '0e1f2a3b4c5d'

/

