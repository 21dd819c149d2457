CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 7e8f9a0b1c2d

CREATE TABLE shipments (
    id INTEGER NOT NULL, 
    state VARCHAR(6 CHAR) NOT NULL, 
    carrier VARCHAR(7 CHAR), 
    PRIMARY KEY (id), 
    CONSTRAINT shipment_state CHECK (state IN ('packed', 'sent', 'lost')), 
    CONSTRAINT carrier CHECK (carrier IN ('post', 'courier'))
)

/

INSERT INTO shipments (id, state, carrier) VALUES (1, 'sent', 'post')

/

INSERT INTO shipments (id, state) VALUES (2, 'packed')

/

INSERT INTO alembic_version (version_num) VALUES ('7e8f9a0b1c2d')

/

