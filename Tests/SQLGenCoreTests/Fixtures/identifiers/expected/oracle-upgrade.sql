CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> a01b2c3d4e5f

CREATE SCHEMA app

/

CREATE TABLE app."user" (
    id NUMBER(19) NOT NULL, 
    "Email" VARCHAR2(200 CHAR) NOT NULL, 
    "group" VARCHAR2(50 CHAR) DEFAULT 'it''s', 
    PRIMARY KEY (id), 
    UNIQUE ("Email")
)

/

CREATE TABLE "Order Items" (
    "order" INTEGER NOT NULL, 
    line SMALLINT NOT NULL, 
    user_id NUMBER(19), 
    qty NUMERIC(10, 2) DEFAULT 0, 
    note CLOB, 
    created DATE DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY ("order", line), 
    CONSTRAINT "uq ""quoted""" UNIQUE ("order", user_id), 
    FOREIGN KEY(user_id) REFERENCES app."user" (id) ON DELETE SET NULL
)

/

INSERT INTO alembic_version (version_num) VALUES ('a01b2c3d4e5f')

/

-- Running upgrade a01b2c3d4e5f -> b02c3d4e5f6a

ALTER TABLE "Order Items" ADD "select" BOOLEAN DEFAULT 0 NOT NULL

/

CREATE UNIQUE INDEX ix_select ON "Order Items" ("select", "order")

/

-- sqlgen: the database will refuse this: Oracle foreign keys take no MATCH clause (b02c3d4e5f6a_keys_and_indexes.py:20:5)

ALTER TABLE "Order Items" ADD CONSTRAINT fk_deferred FOREIGN KEY(user_id) REFERENCES app."user" (id) MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED

/

COMMENT ON TABLE "Order Items" IS 'it''s: tabs and\backslashes'

/

UPDATE alembic_version SET version_num='b02c3d4e5f6a' WHERE alembic_version.version_num = 'a01b2c3d4e5f'

/

