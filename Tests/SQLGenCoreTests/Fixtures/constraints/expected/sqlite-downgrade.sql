-- Running downgrade 9d0e1f2a3b4c -> 8c9d0e1f2a3b

DROP INDEX ix_children_name;

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_children (
    id INTEGER NOT NULL, 
    parent_id INTEGER NOT NULL, 
    name VARCHAR(30) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_children_name_parent UNIQUE (name, parent_id), 
    CONSTRAINT fk_children_parent FOREIGN KEY(parent_id) REFERENCES parents (id) ON DELETE CASCADE
);

INSERT INTO _alembic_tmp_children (id, parent_id, name) SELECT id, parent_id, name FROM children;

DROP TABLE children;

ALTER TABLE _alembic_tmp_children RENAME TO children;

PRAGMA foreign_keys=ON;

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_children (
    id INTEGER NOT NULL, 
    parent_id INTEGER NOT NULL, 
    name VARCHAR(30) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_children_parent FOREIGN KEY(parent_id) REFERENCES parents (id) ON DELETE CASCADE
);

INSERT INTO _alembic_tmp_children (id, parent_id, name) SELECT id, parent_id, name FROM children;

DROP TABLE children;

ALTER TABLE _alembic_tmp_children RENAME TO children;

PRAGMA foreign_keys=ON;

UPDATE alembic_version SET version_num='8c9d0e1f2a3b' WHERE alembic_version.version_num = '9d0e1f2a3b4c';

-- Running downgrade 8c9d0e1f2a3b -> 

DROP TABLE children;

DROP TABLE parents;

DELETE FROM alembic_version WHERE alembic_version.version_num = '8c9d0e1f2a3b';

