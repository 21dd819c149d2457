CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3a4b5c6d7e8f

CREATE TABLE tickets (
    id INTEGER NOT NULL, 
    title VARCHAR(100) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE ticket_notes (
    id INTEGER NOT NULL, 
    ticket_id INTEGER NOT NULL, 
    body TEXT, 
    CONSTRAINT pk_ticket_notes PRIMARY KEY (id), 
    FOREIGN KEY(ticket_id) REFERENCES tickets (id)
);

INSERT INTO alembic_version (version_num) VALUES ('3a4b5c6d7e8f') RETURNING version_num;

-- Running upgrade 3a4b5c6d7e8f -> 4b5c6d7e8f9a

INSERT INTO tickets (title) VALUES ('printer on fire');

INSERT INTO tickets (title) VALUES ('coffee machine empty');

INSERT INTO ticket_notes (ticket_id, body) SELECT id, 'seen' FROM tickets;

UPDATE alembic_version SET version_num='4b5c6d7e8f9a' WHERE alembic_version.version_num = '3a4b5c6d7e8f';

