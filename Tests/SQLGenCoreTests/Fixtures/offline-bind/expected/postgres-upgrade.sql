BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4a5b6c7d8e9f

CREATE TYPE post_state AS ENUM ('draft', 'published', 'archived');

CREATE TABLE posts (
    id SERIAL NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    body TEXT, 
    meta JSONB, 
    state VARCHAR(20), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_posts_title ON posts (title);

COMMENT ON COLUMN posts.state IS 'one of post_state';

UPDATE posts SET state = 'draft' WHERE state IS NULL;

UPDATE posts SET title = 'untitled' WHERE title = '';

DELETE FROM posts WHERE title IS NULL;

INSERT INTO alembic_version (version_num) VALUES ('4a5b6c7d8e9f');

COMMIT;

