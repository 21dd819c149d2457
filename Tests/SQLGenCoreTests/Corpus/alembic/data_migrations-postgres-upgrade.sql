BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 5c8067fd4c1e

CREATE TABLE currencies (
    code VARCHAR(3) NOT NULL, 
    name VARCHAR(64) NOT NULL, 
    minor_units SMALLINT DEFAULT '2' NOT NULL, 
    symbol VARCHAR(8), 
    PRIMARY KEY (code)
);

CREATE TABLE countries (
    code VARCHAR(2) NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    currency_code VARCHAR(3) NOT NULL, 
    eu_member BOOLEAN DEFAULT false NOT NULL, 
    PRIMARY KEY (code), 
    FOREIGN KEY(currency_code) REFERENCES currencies (code)
);

INSERT INTO currencies (code, name, minor_units, symbol) VALUES ('EUR', 'Euro', 2, '€');

INSERT INTO currencies (code, name, minor_units, symbol) VALUES ('GBP', 'Pound sterling', 2, '£');

INSERT INTO currencies (code, name, minor_units, symbol) VALUES ('JPY', 'Japanese yen', 0, '¥');

INSERT INTO currencies (code, name, minor_units, symbol) VALUES ('CHF', 'Swiss franc', 2, NULL);

INSERT INTO currencies (code, name, minor_units, symbol) VALUES ('KWD', 'Kuwaiti dinar', 3, 'د.ك');

INSERT INTO countries (code, name, currency_code, eu_member) VALUES ('NL', 'Netherlands', 'EUR', true);

INSERT INTO countries (code, name, currency_code, eu_member) VALUES ('DE', 'Deutschland', 'EUR', true);

INSERT INTO countries (code, name, currency_code, eu_member) VALUES ('CH', 'Schweiz / Suisse', 'CHF', false);

INSERT INTO countries (code, name, currency_code, eu_member) VALUES ('GB', 'United Kingdom', 'GBP', false);

INSERT INTO countries (code, name, currency_code, eu_member) VALUES ('JP', '日本', 'JPY', false);

INSERT INTO countries (code, name, currency_code, eu_member) VALUES ('CI', 'Côte d''Ivoire', 'EUR', false);

INSERT INTO alembic_version (version_num) VALUES ('5c8067fd4c1e') RETURNING alembic_version.version_num;

-- Running upgrade 5c8067fd4c1e -> aa5b18677db7

CREATE TABLE roles (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    description VARCHAR(255), 
    is_default BOOLEAN DEFAULT false NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE role_permissions (
    role_id INTEGER NOT NULL, 
    permission VARCHAR(64) NOT NULL, 
    PRIMARY KEY (role_id, permission), 
    FOREIGN KEY(role_id) REFERENCES roles (id) ON DELETE CASCADE
);

INSERT INTO roles (id, name, description, is_default) VALUES (1, 'admin', 'Full access', false);

INSERT INTO roles (id, name, description, is_default) VALUES (2, 'editor', 'Can edit others'' content', false);

INSERT INTO roles (id, name, description, is_default) VALUES (3, 'viewer', NULL, true);

INSERT INTO role_permissions (role_id, permission) VALUES (1, 'users:manage');

INSERT INTO role_permissions (role_id, permission) VALUES (1, 'content:write');

INSERT INTO role_permissions (role_id, permission) VALUES (1, 'content:read');

INSERT INTO role_permissions (role_id, permission) VALUES (2, 'content:write');

INSERT INTO role_permissions (role_id, permission) VALUES (2, 'content:read');

INSERT INTO role_permissions (role_id, permission) VALUES (3, 'content:read');

UPDATE alembic_version SET version_num='aa5b18677db7' WHERE alembic_version.version_num = '5c8067fd4c1e';

-- Running upgrade aa5b18677db7 -> ea396a42ed19

CREATE TABLE plans (
    id SERIAL NOT NULL, 
    slug VARCHAR(32) NOT NULL, 
    monthly_price NUMERIC(10, 2) NOT NULL, 
    currency_code VARCHAR(3) NOT NULL, 
    seats INTEGER, 
    storage_gb FLOAT, 
    trial_days SMALLINT DEFAULT '0' NOT NULL, 
    active BOOLEAN DEFAULT true NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (slug), 
    FOREIGN KEY(currency_code) REFERENCES currencies (code)
);

INSERT INTO plans (id, slug, monthly_price, currency_code, seats, storage_gb, trial_days, active) VALUES (1, 'free', 0.00, 'EUR', 1, 0.5, 0, true);

INSERT INTO plans (id, slug, monthly_price, currency_code, seats, storage_gb, trial_days, active) VALUES (2, 'team', 49.90, 'EUR', 10, 100.0, 14, true);

INSERT INTO plans (id, slug, monthly_price, currency_code, seats, storage_gb, trial_days, active) VALUES (3, 'enterprise', 1249.00, 'EUR', NULL, 2048.75, 30, true);

INSERT INTO plans (id, slug, monthly_price, currency_code, seats, storage_gb, trial_days, active) VALUES (4, 'legacy-pro', 19.99, 'GBP', 3, 25.0, 0, false);

UPDATE alembic_version SET version_num='ea396a42ed19' WHERE alembic_version.version_num = 'aa5b18677db7';

-- Running upgrade ea396a42ed19 -> 70fab78eda4f

CREATE TABLE public_holidays (
    id SERIAL NOT NULL, 
    country_code VARCHAR(2) NOT NULL, 
    day DATE NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_public_holidays_country_day UNIQUE (country_code, day), 
    FOREIGN KEY(country_code) REFERENCES countries (code)
);

INSERT INTO public_holidays (country_code, day, name) VALUES ('NL', '2022-04-27', 'Koningsdag');

INSERT INTO public_holidays (country_code, day, name) VALUES ('NL', '2022-12-25', 'Eerste Kerstdag');

INSERT INTO public_holidays (country_code, day, name) VALUES ('DE', '2022-10-03', 'Tag der Deutschen Einheit');

INSERT INTO public_holidays (country_code, day, name) VALUES ('CH', '2022-08-01', 'Bundesfeiertag / Fête nationale');

INSERT INTO public_holidays (country_code, day, name) VALUES ('GB', '2022-06-02', 'Queen''s Platinum Jubilee');

INSERT INTO public_holidays (country_code, day, name) VALUES ('JP', '2022-01-01', '元日');

UPDATE alembic_version SET version_num='70fab78eda4f' WHERE alembic_version.version_num = 'ea396a42ed19';

-- Running upgrade 70fab78eda4f -> ca1a54c6c4b3

CREATE TABLE accounts (
    id INTEGER NOT NULL, 
    email VARCHAR(254) NOT NULL, 
    display_name VARCHAR(120) NOT NULL, 
    role_id INTEGER NOT NULL, 
    signature TEXT, 
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    last_seen TIMESTAMP WITH TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (email), 
    FOREIGN KEY(role_id) REFERENCES roles (id)
);

INSERT INTO accounts (id, email, display_name, role_id, signature, created_at) VALUES (0, 'system@example.invalid', 'System', 1, '-- 
sent by the system; do not reply', '2022-03-15 00:00:00');

INSERT INTO accounts (id, email, display_name, role_id, signature, created_at) VALUES (-1, 'importer@example.invalid', 'O''Reilly "Importer"', 2, 'C:\imports\incoming\', '2022-03-15 08:30:14');

INSERT INTO accounts (id, email, display_name, role_id, signature, created_at) VALUES (-2, 'tab    separated@example.invalid', 'Zoë Ångström', 3, NULL, '2022-03-15 08:30:14.880426');

UPDATE alembic_version SET version_num='ca1a54c6c4b3' WHERE alembic_version.version_num = '70fab78eda4f';

-- Running upgrade ca1a54c6c4b3 -> 0f4be1030fe1

CREATE TABLE feature_flags (
    key VARCHAR(64) NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    rollout_percent INTEGER DEFAULT '100' NOT NULL, 
    note TEXT, 
    PRIMARY KEY (key)
);

INSERT INTO feature_flags (key, enabled, rollout_percent, note) VALUES ('new_checkout', false, 0, 'see RFC-12');

INSERT INTO feature_flags (key, enabled, rollout_percent, note) VALUES ('dark_mode', true, 100, NULL);

INSERT INTO feature_flags (key, enabled, rollout_percent, note) VALUES ('beta_search', true, 25, '25% of accounts; "sticky" by account id');

UPDATE alembic_version SET version_num='0f4be1030fe1' WHERE alembic_version.version_num = 'ca1a54c6c4b3';

-- Running upgrade 0f4be1030fe1 -> 908a1dd257d5

UPDATE roles SET name = 'reader' WHERE name = 'viewer';

UPDATE roles SET description = 'Read-only access (formerly ''viewer'')' WHERE id = 3;

INSERT INTO roles (id, name, description, is_default) VALUES (4, 'auditor', 'Reads the audit trail', false);

INSERT INTO role_permissions (role_id, permission) VALUES (4, 'audit:read');

INSERT INTO role_permissions (role_id, permission) VALUES (4, 'content:read');

UPDATE alembic_version SET version_num='908a1dd257d5' WHERE alembic_version.version_num = '0f4be1030fe1';

-- Running upgrade 908a1dd257d5 -> 2e019a72180d

CREATE TABLE email_templates (
    id SERIAL NOT NULL, 
    name VARCHAR(64) NOT NULL, 
    locale VARCHAR(5) NOT NULL, 
    subject VARCHAR(200) NOT NULL, 
    body TEXT NOT NULL, 
    version INTEGER DEFAULT '1' NOT NULL, 
    published_on DATE, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_email_templates_name_locale UNIQUE (name, locale)
);

INSERT INTO email_templates (name, locale, subject, body, published_on) VALUES ('welcome', 'en', 'Welcome, {name}!', 'Hi {name},

Thanks for signing up.

-- The team', '2022-09-01');

INSERT INTO email_templates (name, locale, subject, body, published_on) VALUES ('welcome', 'de', 'Willkommen, {name}!', 'Hallo {name},

danke für deine Anmeldung.

-- Das Team', '2022-09-01');

INSERT INTO email_templates (name, locale, subject, body, published_on) VALUES ('welcome', 'fr', 'Bienvenue, {name} !', 'Bonjour {name},

merci de votre inscription. C''est parti !', NULL);

INSERT INTO email_templates (name, locale, subject, body, published_on) VALUES ('reset', 'en', 'Reset your password', 'Someone asked to reset the password for {email}.
If it wasn''t you, ignore this mail.
Link: {link}', '2022-09-02');

INSERT INTO email_templates (name, locale, subject, body, published_on) VALUES ('reset', 'ja', 'パスワードの再設定', '{email} のパスワード再設定が要求されました。', NULL);

UPDATE alembic_version SET version_num='2e019a72180d' WHERE alembic_version.version_num = '908a1dd257d5';

-- Running upgrade 2e019a72180d -> fed5af1ac6da

DELETE FROM plans WHERE slug = 'legacy-pro';

UPDATE plans SET storage_gb = storage_gb * 2 WHERE active;

UPDATE alembic_version SET version_num='fed5af1ac6da' WHERE alembic_version.version_num = '2e019a72180d';

-- Running upgrade fed5af1ac6da -> cc310ff191f0

CREATE TABLE opening_hours (
    id SERIAL NOT NULL, 
    country_code VARCHAR(2) NOT NULL, 
    weekday SMALLINT NOT NULL, 
    opens TIME WITHOUT TIME ZONE, 
    closes TIME WITHOUT TIME ZONE, 
    valid_from TIMESTAMP WITH TIME ZONE, 
    PRIMARY KEY (id), 
    FOREIGN KEY(country_code) REFERENCES countries (code)
);

INSERT INTO opening_hours (country_code, weekday, opens, closes, valid_from) VALUES ('NL', 0, '08:30:00', '17:00:00', '2023-01-09 00:00:00+00:00');

INSERT INTO opening_hours (country_code, weekday, opens, closes, valid_from) VALUES ('NL', 5, '10:00:00', '14:00:00', '2023-01-09 00:00:00+00:00');

INSERT INTO opening_hours (country_code, weekday, opens, closes, valid_from) VALUES ('JP', 0, '09:00:00', '18:30:15', '2023-01-09 00:00:00+09:00');

INSERT INTO opening_hours (country_code, weekday, opens, closes, valid_from) VALUES ('GB', 6, NULL, NULL, NULL);

UPDATE alembic_version SET version_num='cc310ff191f0' WHERE alembic_version.version_num = 'fed5af1ac6da';

COMMIT;

