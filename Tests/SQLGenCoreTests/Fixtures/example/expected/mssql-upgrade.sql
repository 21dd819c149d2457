BEGIN TRANSACTION;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

GO

-- Running upgrade  -> 1975ea83b712

-- sqlgen: the database will refuse this: SQL Server has no 'true' literal (the default of column 'is_active') (1975ea83b712_create_users_table.py:22:5)

CREATE TABLE users (
    id INTEGER NOT NULL IDENTITY, 
    email VARCHAR(255) NOT NULL, 
    username VARCHAR(50) NOT NULL, 
    first_name VARCHAR(100) NULL, 
    last_name VARCHAR(100) NULL, 
    hashed_password VARCHAR(255) NOT NULL, 
    is_active BIT NOT NULL DEFAULT true, 
    role VARCHAR(20) NOT NULL DEFAULT 'member', 
    PRIMARY KEY (id), 
    UNIQUE (email), 
    CONSTRAINT uq_users_username UNIQUE (username)
);

GO

CREATE INDEX ix_users_id ON users (id);

GO

INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712');

GO

-- Running upgrade 1975ea83b712 -> 3a8c91d2f0e4

ALTER TABLE users ADD COLUMN phone_number VARCHAR(20);

GO

UPDATE alembic_version SET version_num='3a8c91d2f0e4' WHERE alembic_version.version_num = '1975ea83b712';

GO

-- Running upgrade 3a8c91d2f0e4 -> 5c0d7e6b2a91

-- sqlgen: the database will refuse this: SQL Server has no 'true' literal (the default of column 'published') (5c0d7e6b2a91_create_posts_table.py:22:5)

-- sqlgen: the database will refuse this: SQL Server's TIMESTAMP is a row version, which cannot have a default (column 'created_at') (5c0d7e6b2a91_create_posts_table.py:22:5)

CREATE TABLE posts (
    id INTEGER NOT NULL IDENTITY, 
    title VARCHAR(200) NOT NULL, 
    content TEXT NOT NULL, 
    published BIT NOT NULL DEFAULT true, 
    created_at TIMESTAMP NOT NULL DEFAULT now(), 
    PRIMARY KEY (id)
);

GO

UPDATE alembic_version SET version_num='5c0d7e6b2a91' WHERE alembic_version.version_num = '3a8c91d2f0e4';

GO

-- Running upgrade 5c0d7e6b2a91 -> 8e2b4f7a9c13

ALTER TABLE posts ADD owner_id INTEGER NOT NULL;

GO

CREATE INDEX ix_posts_owner_id ON posts (owner_id);

GO

ALTER TABLE posts ADD CONSTRAINT posts_users_fk FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE;

GO

UPDATE alembic_version SET version_num='8e2b4f7a9c13' WHERE alembic_version.version_num = '5c0d7e6b2a91';

GO

-- Running upgrade 8e2b4f7a9c13 -> c47f05a1e8d2

CREATE TABLE votes (
    user_id INTEGER NOT NULL, 
    post_id INTEGER NOT NULL, 
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (user_id, post_id), 
    FOREIGN KEY(post_id) REFERENCES posts (id) ON DELETE CASCADE, 
    CONSTRAINT votes_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

GO

UPDATE alembic_version SET version_num='c47f05a1e8d2' WHERE alembic_version.version_num = '8e2b4f7a9c13';

GO

COMMIT;

GO

