BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 7a2c4e6f8b10

CREATE TABLE acme_tenants (
    id INTEGER NOT NULL IDENTITY, 
    name VARCHAR(80) NOT NULL, 
    region VARCHAR(20) NOT NULL DEFAULT 'eu=west', 
    PRIMARY KEY (id)
);

GO

CREATE TABLE acme_tenant_audit (
    id INTEGER NOT NULL IDENTITY, 
    tenant_id INTEGER NOT NULL, 
    note VARCHAR(200) NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(tenant_id) REFERENCES acme_tenants (id)
);

GO

INSERT INTO acme_tenants (id, name, region) VALUES (1, 'audit', 'none');

GO

INSERT INTO acme_tenants (id, name, region) VALUES (2, 'prefix', 'acme_');

GO

INSERT INTO acme_tenants (id, name, region) VALUES (3, 'region', 'eu=west');

GO

INSERT INTO alembic_version (version_num) VALUES ('7a2c4e6f8b10');

GO

COMMIT;

GO

