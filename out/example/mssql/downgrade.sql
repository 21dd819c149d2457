-- sqlgen 0.1.0, release 'example': downgrade heads:base for mssql
-- revisions, in the order they run:
--   c47f05a1e8d2  create votes table
--   8e2b4f7a9c13  add owner to posts
--   5c0d7e6b2a91  create posts table
--   3a8c91d2f0e4  add phone number to users
--   1975ea83b712  create users table

BEGIN TRANSACTION;

-- Running downgrade c47f05a1e8d2 -> 8e2b4f7a9c13

DROP TABLE votes;

GO

UPDATE alembic_version SET version_num='8e2b4f7a9c13' WHERE alembic_version.version_num = 'c47f05a1e8d2';

GO

-- Running downgrade 8e2b4f7a9c13 -> 5c0d7e6b2a91

ALTER TABLE posts DROP CONSTRAINT posts_users_fk;

GO

DROP INDEX ix_posts_owner_id ON posts;

GO

ALTER TABLE posts DROP COLUMN owner_id;

GO

UPDATE alembic_version SET version_num='5c0d7e6b2a91' WHERE alembic_version.version_num = '8e2b4f7a9c13';

GO

-- Running downgrade 5c0d7e6b2a91 -> 3a8c91d2f0e4

DROP TABLE posts;

GO

UPDATE alembic_version SET version_num='3a8c91d2f0e4' WHERE alembic_version.version_num = '5c0d7e6b2a91';

GO

-- Running downgrade 3a8c91d2f0e4 -> 1975ea83b712

ALTER TABLE users DROP COLUMN phone_number;

GO

UPDATE alembic_version SET version_num='1975ea83b712' WHERE alembic_version.version_num = '3a8c91d2f0e4';

GO

-- Running downgrade 1975ea83b712 -> 

DROP INDEX ix_users_id ON users;

GO

DROP TABLE users;

GO

DELETE FROM alembic_version WHERE alembic_version.version_num = '1975ea83b712';

GO

COMMIT;

GO

