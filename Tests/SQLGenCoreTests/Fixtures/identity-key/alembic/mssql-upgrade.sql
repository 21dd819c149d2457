BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 3a4b5c6d7e8f

CREATE TABLE tickets (
    id INTEGER NOT NULL IDENTITY, 
    title VARCHAR(100) NOT NULL, 
    PRIMARY KEY (id)
);

GO

CREATE TABLE ticket_notes (
    id INTEGER NOT NULL IDENTITY(10,1), 
    ticket_id INTEGER NOT NULL, 
    body TEXT NULL, 
    CONSTRAINT pk_ticket_notes PRIMARY KEY (id), 
    FOREIGN KEY(ticket_id) REFERENCES tickets (id)
);

GO

INSERT INTO alembic_version (version_num) OUTPUT inserted.version_num VALUES ('3a4b5c6d7e8f');

GO

-- Running upgrade 3a4b5c6d7e8f -> 4b5c6d7e8f9a

SET IDENTITY_INSERT tickets ON;

GO

INSERT INTO tickets (title) VALUES ('printer on fire');

GO

INSERT INTO tickets (title) VALUES ('coffee machine empty');

GO

SET IDENTITY_INSERT tickets OFF;

GO

INSERT INTO ticket_notes (ticket_id, body) SELECT id, 'seen' FROM tickets;

GO

UPDATE alembic_version SET version_num='4b5c6d7e8f9a' WHERE alembic_version.version_num = '3a4b5c6d7e8f';

GO

COMMIT;

GO

