CREATE TABLE alembic_version (
    version_num VARCHAR2(32 CHAR) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
)

/

-- Running upgrade  -> 4a5b6c7d8e9f

CREATE TABLE posts (
    id INTEGER NOT NULL, 
    title VARCHAR2(200 CHAR) NOT NULL, 
    body CLOB, 
    meta JSON, 
    state VARCHAR2(20 CHAR), 
    PRIMARY KEY (id)
)

/

CREATE INDEX ix_posts_title ON posts (title)

/

UPDATE posts SET state = 'draft' WHERE state IS NULL

/

UPDATE posts SET title = 'untitled' WHERE title = ''

/

DELETE FROM posts WHERE title IS NULL

/

INSERT INTO alembic_version (version_num) VALUES ('4a5b6c7d8e9f')

/

