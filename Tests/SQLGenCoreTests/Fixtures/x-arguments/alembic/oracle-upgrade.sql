CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 7a2c4e6f8b10

CREATE TABLE acme_tenants (
    id INTEGER NOT NULL, 
    name VARCHAR2(80 CHAR) NOT NULL, 
    region VARCHAR2(20 CHAR) DEFAULT 'eu=west' NOT NULL, 
    PRIMARY KEY (id)
)

/

CREATE TABLE acme_tenant_audit (
    id INTEGER NOT NULL, 
    tenant_id INTEGER NOT NULL, 
    note VARCHAR2(200 CHAR), 
    PRIMARY KEY (id), 
    FOREIGN KEY(tenant_id) REFERENCES acme_tenants (id)
)

/

INSERT INTO acme_tenants (id, name, region) VALUES (1, 'audit', 'none')

/

INSERT INTO acme_tenants (id, name, region) VALUES (2, 'prefix', 'acme_')

/

INSERT INTO acme_tenants (id, name, region) VALUES (3, 'region', 'eu=west')

/

INSERT INTO alembic_version (version_num) VALUES ('7a2c4e6f8b10') RETURNING alembic_version.version_num INTO :ret_0

/

