CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4a5b6c7d8e9f

CREATE TABLE posts (
    id INTEGER NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    body TEXT, 
    meta JSON, 
    state VARCHAR(20), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_posts_title ON posts (title);

UPDATE posts SET state = 'draft' WHERE state IS NULL;

UPDATE posts SET title = 'untitled' WHERE title = '';

INSERT INTO alembic_version (version_num) VALUES ('4a5b6c7d8e9f');

