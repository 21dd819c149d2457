CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 6a7b8c9d0e1f

CREATE TABLE "order" (
    id INTEGER NOT NULL, 
    "select" VARCHAR2(20 CHAR) NOT NULL, 
    "Group" VARCHAR2(20 CHAR), 
    "user name" VARCHAR2(40 CHAR), 
    PRIMARY KEY (id)
)

/

CREATE INDEX ix_order_select ON "order" ("select")

/

CREATE TABLE "UserAccounts" (
    id INTEGER NOT NULL, 
    order_id INTEGER, 
    "From" VARCHAR2(10 CHAR), 
    PRIMARY KEY (id), 
    FOREIGN KEY(order_id) REFERENCES "order" (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('6a7b8c9d0e1f')

/

