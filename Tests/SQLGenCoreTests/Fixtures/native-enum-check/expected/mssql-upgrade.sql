BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 7e8f9a0b1c2d

CREATE TABLE shipments (
    id INTEGER NOT NULL IDENTITY, 
    state VARCHAR(6) NOT NULL, 
    carrier VARCHAR(7) NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT shipment_state CHECK (state IN ('packed', 'sent', 'lost')), 
    CONSTRAINT carrier CHECK (carrier IN ('post', 'courier'))
);

GO

SET IDENTITY_INSERT shipments ON;

GO

INSERT INTO shipments (id, state, carrier) VALUES (1, 'sent', 'post');

GO

INSERT INTO shipments (id, state) VALUES (2, 'packed');

GO

SET IDENTITY_INSERT shipments OFF;

GO

INSERT INTO alembic_version (version_num) VALUES ('7e8f9a0b1c2d');

GO

COMMIT;

GO

