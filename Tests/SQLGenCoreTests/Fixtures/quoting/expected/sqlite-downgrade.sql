-- Running downgrade 6a7b8c9d0e1f -> 

DROP TABLE "UserAccounts";

DROP INDEX ix_order_select;

DROP TABLE "order";

DELETE FROM alembic_version WHERE alembic_version.version_num = '6a7b8c9d0e1f';

