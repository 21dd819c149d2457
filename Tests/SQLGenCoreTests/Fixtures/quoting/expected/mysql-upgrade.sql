CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 6a7b8c9d0e1f

CREATE TABLE `order` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    `select` VARCHAR(20) NOT NULL, 
    `Group` VARCHAR(20), 
    `user name` VARCHAR(40), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_order_select ON `order` (`select`);

CREATE TABLE `UserAccounts` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    order_id INTEGER, 
    `From` VARCHAR(10), 
    PRIMARY KEY (id), 
    FOREIGN KEY(order_id) REFERENCES `order` (id)
);

INSERT INTO alembic_version (version_num) VALUES ('6a7b8c9d0e1f');

