CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 5c6d7e8f9a0b

CREATE TABLE events (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
    stamped_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
    local_at DATETIME DEFAULT (DATETIME(CURRENT_TIMESTAMP, 'localtime')), 
    on_day DATE DEFAULT CURRENT_DATE, 
    at_time TIME DEFAULT CURRENT_TIME, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('5c6d7e8f9a0b');

-- Running upgrade 5c6d7e8f9a0b -> 6d7e8f9a0b1c

INSERT INTO events (id, name) VALUES (1, 'opened');

INSERT INTO events (id, name) VALUES (2, 'closed');

PRAGMA foreign_keys=OFF;

CREATE TABLE _alembic_tmp_events (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
    stamped_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
    local_at DATETIME DEFAULT (DATETIME(CURRENT_TIMESTAMP, 'localtime')), 
    on_day DATE DEFAULT CURRENT_DATE, 
    at_time TIME DEFAULT CURRENT_TIME, 
    seen_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_events (id, name, created_at, stamped_at, local_at, on_day, at_time) SELECT id, name, created_at, stamped_at, local_at, on_day, at_time FROM events;

DROP TABLE events;

ALTER TABLE _alembic_tmp_events RENAME TO events;

PRAGMA foreign_keys=ON;

UPDATE alembic_version SET version_num='6d7e8f9a0b1c' WHERE alembic_version.version_num = '5c6d7e8f9a0b';

