BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 8c9d0e1f2a3b

CREATE TABLE parents (
    id SERIAL NOT NULL, 
    code VARCHAR(10) NOT NULL, 
    rank INTEGER, 
    CONSTRAINT pk_parents PRIMARY KEY (id), 
    CONSTRAINT uq_parents_code UNIQUE (code), 
    CONSTRAINT ck_parents_rank CHECK (rank >= 0)
);

CREATE TABLE children (
    id SERIAL NOT NULL, 
    parent_id INTEGER NOT NULL, 
    name VARCHAR(30) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_children_parent FOREIGN KEY(parent_id) REFERENCES parents (id) ON DELETE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('8c9d0e1f2a3b') RETURNING alembic_version.version_num;

-- Running upgrade 8c9d0e1f2a3b -> 9d0e1f2a3b4c

ALTER TABLE children ADD CONSTRAINT uq_children_name_parent UNIQUE (name, parent_id);

ALTER TABLE children ADD CONSTRAINT ck_children_name CHECK (name <> '');

CREATE INDEX ix_children_name ON children (name);

UPDATE alembic_version SET version_num='9d0e1f2a3b4c' WHERE alembic_version.version_num = '8c9d0e1f2a3b';

COMMIT;

