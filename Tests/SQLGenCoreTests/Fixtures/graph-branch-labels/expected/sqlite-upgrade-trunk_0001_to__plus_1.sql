-- Running upgrade trunk_0001 -> trunk_0002

CREATE TABLE settings (
    id INTEGER NOT NULL, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='trunk_0002' WHERE alembic_version.version_num = 'trunk_0001';

