CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 5c6d7e8f9a0b

CREATE TABLE events (
    id INTEGER NOT NULL, 
    name VARCHAR2(50 CHAR) NOT NULL, 
    created_at DATE DEFAULT CURRENT_TIMESTAMP NOT NULL, 
    stamped_at DATE DEFAULT CURRENT_TIMESTAMP, 
    local_at DATE DEFAULT LOCALTIMESTAMP, 
    on_day DATE DEFAULT CURRENT_DATE, 
    at_time TIME DEFAULT CURRENT_TIME, 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('5c6d7e8f9a0b') RETURNING alembic_version.version_num INTO :ret_0

/

-- Running upgrade 5c6d7e8f9a0b -> 6d7e8f9a0b1c

INSERT INTO events (id, name) VALUES (1, 'opened')

/

INSERT INTO events (id, name) VALUES (2, 'closed')

/

ALTER TABLE events ADD seen_at DATE DEFAULT CURRENT_TIMESTAMP

/

UPDATE alembic_version SET version_num='6d7e8f9a0b1c' WHERE alembic_version.version_num = '5c6d7e8f9a0b'

/

