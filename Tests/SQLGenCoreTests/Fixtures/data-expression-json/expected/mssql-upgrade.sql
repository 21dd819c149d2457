BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 6a7b8c9d0e1f

CREATE TABLE document (
    id INTEGER NOT NULL, 
    body NVARCHAR(max) NULL, 
    PRIMARY KEY (id)
);

GO

INSERT INTO alembic_version (version_num) VALUES ('6a7b8c9d0e1f');

GO

-- Running upgrade 6a7b8c9d0e1f -> 7b8c9d0e1f2a

INSERT INTO document (id, body) VALUES (1, '{"title": "it''s", "tags": ["a", "b"], "n": 2.5, "ok": true, "none": null}');

GO

INSERT INTO document (id, body) VALUES (2, NULL);

GO

INSERT INTO document (id, body) VALUES (3, '[1, "\u00e9"]');

GO

UPDATE document SET body='{"moved": false}' WHERE document.id = 2;

GO

UPDATE alembic_version SET version_num='7b8c9d0e1f2a' WHERE alembic_version.version_num = '6a7b8c9d0e1f';

GO

COMMIT;

GO

