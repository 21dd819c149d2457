CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 5c6d7e8f9a0b

CREATE TABLE events (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50) NOT NULL, 
    created_at DATETIME NOT NULL DEFAULT (now()), 
    stamped_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
    local_at DATETIME DEFAULT LOCALTIMESTAMP, 
    on_day DATE DEFAULT CURRENT_DATE, 
    at_time TIME DEFAULT CURRENT_TIME, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('5c6d7e8f9a0b');

-- Running upgrade 5c6d7e8f9a0b -> 6d7e8f9a0b1c

INSERT INTO events (id, name) VALUES (1, 'opened');

INSERT INTO events (id, name) VALUES (2, 'closed');

ALTER TABLE events ADD COLUMN seen_at DATETIME DEFAULT (now());

UPDATE alembic_version SET version_num='6d7e8f9a0b1c' WHERE alembic_version.version_num = '5c6d7e8f9a0b';

