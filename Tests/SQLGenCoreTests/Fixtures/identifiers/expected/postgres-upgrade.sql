BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a01b2c3d4e5f

CREATE SCHEMA app;

CREATE TABLE app."user" (
    id BIGSERIAL NOT NULL, 
    "Email" VARCHAR(200) NOT NULL, 
    "group" VARCHAR(50) DEFAULT 'it''s', 
    PRIMARY KEY (id), 
    UNIQUE ("Email")
);

CREATE TABLE "Order Items" (
    "order" INTEGER NOT NULL, 
    line SMALLINT NOT NULL, 
    user_id BIGINT, 
    qty NUMERIC(10, 2) DEFAULT 0, 
    note TEXT, 
    created TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    PRIMARY KEY ("order", line), 
    CONSTRAINT "uq ""quoted""" UNIQUE ("order", user_id), 
    FOREIGN KEY(user_id) REFERENCES app."user" (id) ON DELETE SET NULL ON UPDATE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('a01b2c3d4e5f');

-- Running upgrade a01b2c3d4e5f -> b02c3d4e5f6a

ALTER TABLE "Order Items" ADD COLUMN "select" BOOLEAN DEFAULT false NOT NULL;

CREATE UNIQUE INDEX ix_select ON "Order Items" ("select", "order");

ALTER TABLE "Order Items" ADD CONSTRAINT fk_deferred FOREIGN KEY(user_id) REFERENCES app."user" (id) MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED;

COMMENT ON TABLE "Order Items" IS 'it''s: tabs and\backslashes';

UPDATE alembic_version SET version_num='b02c3d4e5f6a' WHERE alembic_version.version_num = 'a01b2c3d4e5f';

COMMIT;

