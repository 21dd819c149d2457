BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 7e8f9a0b1c2d

CREATE TYPE shipment_state AS ENUM ('packed', 'sent', 'lost');

CREATE TABLE shipments (
    id SERIAL NOT NULL, 
    state shipment_state NOT NULL, 
    carrier VARCHAR(7), 
    PRIMARY KEY (id), 
    CONSTRAINT carrier CHECK (carrier IN ('post', 'courier'))
);

INSERT INTO shipments (id, state, carrier) VALUES (1, 'sent', 'post');

INSERT INTO shipments (id, state) VALUES (2, 'packed');

INSERT INTO alembic_version (version_num) VALUES ('7e8f9a0b1c2d') RETURNING alembic_version.version_num;

COMMIT;

