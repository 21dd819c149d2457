CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 6a7b8c9d0e1f

CREATE TABLE document (
    id INTEGER NOT NULL, 
    body JSON, 
    PRIMARY KEY (id)
)

/

INSERT INTO alembic_version (version_num) VALUES ('6a7b8c9d0e1f')

/

-- Running upgrade 6a7b8c9d0e1f -> 7b8c9d0e1f2a

INSERT INTO document (id, body) VALUES (1, '{"title": "it''s", "tags": ["a", "b"], "n": 2.5, "ok": true, "none": null}')

/

INSERT INTO document (id, body) VALUES (2, NULL)

/

INSERT INTO document (id, body) VALUES (3, '[1, "\u00e9"]')

/

UPDATE document SET body='{"moved": false}' WHERE document.id = 2

/

UPDATE alembic_version SET version_num='7b8c9d0e1f2a' WHERE alembic_version.version_num = '6a7b8c9d0e1f'

/

