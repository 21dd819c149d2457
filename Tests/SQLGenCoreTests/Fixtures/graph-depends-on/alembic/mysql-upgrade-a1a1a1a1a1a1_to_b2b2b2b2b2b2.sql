-- Running upgrade a1a1a1a1a1a1 -> a2a2a2a2a2a2

CREATE TABLE `groups` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='a2a2a2a2a2a2' WHERE alembic_version.version_num = 'a1a1a1a1a1a1';

-- Running upgrade  -> b1b1b1b1b1b1

CREATE TABLE invoices (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b1b1b1b1b1b1');

-- Running upgrade b1b1b1b1b1b1 -> b2b2b2b2b2b2

CREATE TABLE invoice_groups (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    note VARCHAR(40), 
    PRIMARY KEY (id)
);

DELETE FROM alembic_version WHERE alembic_version.version_num = 'b1b1b1b1b1b1';

UPDATE alembic_version SET version_num='b2b2b2b2b2b2' WHERE alembic_version.version_num = 'a2a2a2a2a2a2';

