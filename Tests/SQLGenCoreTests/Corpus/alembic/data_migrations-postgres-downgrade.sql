BEGIN;

-- Running downgrade cc310ff191f0 -> fed5af1ac6da

DROP TABLE opening_hours;

UPDATE alembic_version SET version_num='fed5af1ac6da' WHERE alembic_version.version_num = 'cc310ff191f0';

-- Running downgrade fed5af1ac6da -> 2e019a72180d

UPDATE plans SET storage_gb = storage_gb / 2 WHERE active;

INSERT INTO plans (id, slug, monthly_price, currency_code, seats, storage_gb, trial_days, active) VALUES (4, 'legacy-pro', 19.99, 'GBP', 3, 25.0, 0, false);

UPDATE alembic_version SET version_num='2e019a72180d' WHERE alembic_version.version_num = 'fed5af1ac6da';

-- Running downgrade 2e019a72180d -> 908a1dd257d5

DROP TABLE email_templates;

UPDATE alembic_version SET version_num='908a1dd257d5' WHERE alembic_version.version_num = '2e019a72180d';

-- Running downgrade 908a1dd257d5 -> 0f4be1030fe1

DELETE FROM role_permissions WHERE role_id = 4;

DELETE FROM roles WHERE id = 4;

UPDATE roles SET description = NULL WHERE id = 3;

UPDATE roles SET name = 'viewer' WHERE name = 'reader';

UPDATE alembic_version SET version_num='0f4be1030fe1' WHERE alembic_version.version_num = '908a1dd257d5';

-- Running downgrade 0f4be1030fe1 -> ca1a54c6c4b3

DROP TABLE feature_flags;

UPDATE alembic_version SET version_num='ca1a54c6c4b3' WHERE alembic_version.version_num = '0f4be1030fe1';

-- Running downgrade ca1a54c6c4b3 -> 70fab78eda4f

DROP TABLE accounts;

UPDATE alembic_version SET version_num='70fab78eda4f' WHERE alembic_version.version_num = 'ca1a54c6c4b3';

-- Running downgrade 70fab78eda4f -> ea396a42ed19

DROP TABLE public_holidays;

UPDATE alembic_version SET version_num='ea396a42ed19' WHERE alembic_version.version_num = '70fab78eda4f';

-- Running downgrade ea396a42ed19 -> aa5b18677db7

DROP TABLE plans;

UPDATE alembic_version SET version_num='aa5b18677db7' WHERE alembic_version.version_num = 'ea396a42ed19';

-- Running downgrade aa5b18677db7 -> 5c8067fd4c1e

DROP TABLE role_permissions;

DROP TABLE roles;

UPDATE alembic_version SET version_num='5c8067fd4c1e' WHERE alembic_version.version_num = 'aa5b18677db7';

-- Running downgrade 5c8067fd4c1e -> 

DROP TABLE countries;

DROP TABLE currencies;

DELETE FROM alembic_version WHERE alembic_version.version_num = '5c8067fd4c1e';

COMMIT;

