BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 7a2c4e6f8b10

CREATE TABLE acme_tenants (
    id SERIAL NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    region VARCHAR(20) DEFAULT 'eu=west' NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE acme_tenant_audit (
    id SERIAL NOT NULL, 
    tenant_id INTEGER NOT NULL, 
    note VARCHAR(200), 
    PRIMARY KEY (id), 
    FOREIGN KEY(tenant_id) REFERENCES acme_tenants (id)
);

INSERT INTO acme_tenants (id, name, region) VALUES (1, 'audit', 'none');

INSERT INTO acme_tenants (id, name, region) VALUES (2, 'prefix', 'acme_');

INSERT INTO acme_tenants (id, name, region) VALUES (3, 'region', 'eu=west');

INSERT INTO alembic_version (version_num) VALUES ('7a2c4e6f8b10');

COMMIT;

