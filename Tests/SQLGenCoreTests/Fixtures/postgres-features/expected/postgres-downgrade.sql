BEGIN;

-- Running downgrade 1d2e3f4a5b6c -> 0c1d2e3f4a5b

ALTER TABLE articles DROP CONSTRAINT ck_articles_rank;

DROP INDEX ix_articles_rank;

ALTER TABLE articles DROP COLUMN rank;

DELETE FROM articles;

DELETE FROM authors WHERE id IN (1, 2);

ALTER TABLE articles DROP CONSTRAINT ex_articles_during;

DROP INDEX IF EXISTS ix_articles_author;

COMMENT ON TABLE articles IS NULL;

COMMENT ON TABLE articles IS 'blog posts';

ALTER TABLE articles DROP CONSTRAINT ck_articles_contact;

ALTER TABLE articles DROP CONSTRAINT uq_articles_author_contact;

ALTER TABLE articles RENAME TO posts;

ALTER TABLE posts ALTER COLUMN flag DROP NOT NULL;

ALTER TABLE posts ALTER COLUMN flag SET DEFAULT true;

ALTER TABLE posts ALTER COLUMN contact TYPE VARCHAR(100);

ALTER TABLE posts ALTER COLUMN contact DROP DEFAULT;

COMMENT ON COLUMN posts.contact IS NULL;

ALTER TABLE posts RENAME contact TO email;

UPDATE alembic_version SET version_num='0c1d2e3f4a5b' WHERE alembic_version.version_num = '1d2e3f4a5b6c';

-- Running downgrade 0c1d2e3f4a5b -> 

DROP TABLE posts;

DROP TYPE post_status;

DROP TABLE authors;

DELETE FROM alembic_version WHERE alembic_version.version_num = '0c1d2e3f4a5b';

COMMIT;

