-- sqlgen 0.1.0, release 'example': upgrade base:heads for postgres
-- revisions, in the order they run:
--   1975ea83b712  create users table
--   3a8c91d2f0e4  add phone number to users
--   5c0d7e6b2a91  create posts table
--   8e2b4f7a9c13  add owner to posts
--   c47f05a1e8d2  create votes table

BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1975ea83b712

CREATE TABLE users (
    id SERIAL NOT NULL, 
    email VARCHAR(255) NOT NULL, 
    username VARCHAR(50) NOT NULL, 
    first_name VARCHAR(100), 
    last_name VARCHAR(100), 
    hashed_password VARCHAR(255) NOT NULL, 
    is_active BOOLEAN DEFAULT true NOT NULL, 
    role VARCHAR(20) DEFAULT 'member' NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (email), 
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE INDEX ix_users_id ON users (id);

INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712');

-- Running upgrade 1975ea83b712 -> 3a8c91d2f0e4

ALTER TABLE users ADD COLUMN phone_number VARCHAR(20);

UPDATE alembic_version SET version_num='3a8c91d2f0e4' WHERE alembic_version.version_num = '1975ea83b712';

-- Running upgrade 3a8c91d2f0e4 -> 5c0d7e6b2a91

CREATE TABLE posts (
    id SERIAL NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    content TEXT NOT NULL, 
    published BOOLEAN DEFAULT true NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='5c0d7e6b2a91' WHERE alembic_version.version_num = '3a8c91d2f0e4';

-- Running upgrade 5c0d7e6b2a91 -> 8e2b4f7a9c13

ALTER TABLE posts ADD COLUMN owner_id INTEGER NOT NULL;

CREATE INDEX ix_posts_owner_id ON posts (owner_id);

ALTER TABLE posts ADD CONSTRAINT posts_users_fk FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE;

UPDATE alembic_version SET version_num='8e2b4f7a9c13' WHERE alembic_version.version_num = '5c0d7e6b2a91';

-- Running upgrade 8e2b4f7a9c13 -> c47f05a1e8d2

CREATE TABLE votes (
    user_id INTEGER NOT NULL, 
    post_id INTEGER NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, 
    PRIMARY KEY (user_id, post_id), 
    FOREIGN KEY(post_id) REFERENCES posts (id) ON DELETE CASCADE, 
    CONSTRAINT votes_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

UPDATE alembic_version SET version_num='c47f05a1e8d2' WHERE alembic_version.version_num = '8e2b4f7a9c13';

COMMIT;

