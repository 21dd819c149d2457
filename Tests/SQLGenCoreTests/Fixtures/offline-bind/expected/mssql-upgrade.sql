BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 4a5b6c7d8e9f

CREATE TABLE posts (
    id INTEGER NOT NULL IDENTITY, 
    title VARCHAR(200) NOT NULL, 
    body TEXT NULL, 
    meta NVARCHAR(max) NULL, 
    state VARCHAR(20) NULL, 
    PRIMARY KEY (id)
);

GO

CREATE INDEX ix_posts_title ON posts (title);

GO

UPDATE posts SET state = 'draft' WHERE state IS NULL;

GO

UPDATE posts SET title = 'untitled' WHERE title = '';

GO

DELETE FROM posts WHERE title IS NULL;

GO

INSERT INTO alembic_version (version_num) VALUES ('4a5b6c7d8e9f');

GO

COMMIT;

GO

