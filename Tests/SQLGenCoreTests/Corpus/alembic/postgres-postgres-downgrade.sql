BEGIN;

-- Running downgrade 9b07e2d41c58 -> 5f4e5c00d3d2

COMMIT;

DROP INDEX CONCURRENTLY ix_webhooks_account_id;

DROP INDEX CONCURRENTLY IF EXISTS ix_articles_published_at;

BEGIN;

ALTER TABLE accounts DROP COLUMN IF EXISTS webhook_quota;

DROP TABLE IF EXISTS webhooks;

UPDATE alembic_version SET version_num='5f4e5c00d3d2' WHERE alembic_version.version_num = '9b07e2d41c58';

-- Running downgrade 5f4e5c00d3d2 -> d68c3f91ed95

DROP INDEX ix_page_views_attributes;

DROP INDEX ix_page_views_article_id_viewed_at;

DROP TABLE page_views_2024_01;

DROP TABLE page_views;

DROP TYPE view_channel;

UPDATE alembic_version SET version_num='d68c3f91ed95' WHERE alembic_version.version_num = '5f4e5c00d3d2';

-- Running downgrade d68c3f91ed95 -> 3cc8f339a684

ALTER TABLE meeting_rooms DROP CONSTRAINT uq_meeting_rooms_label_floor;

ALTER TABLE meeting_rooms DROP CONSTRAINT uq_meeting_rooms_external_id;

ALTER TABLE meeting_rooms DROP COLUMN external_id;

ALTER TABLE meeting_rooms DROP COLUMN features;

ALTER TABLE meeting_rooms DROP COLUMN floor;

ALTER TABLE meeting_rooms RENAME label TO name;

ALTER SEQUENCE meeting_rooms_id_seq RENAME TO rooms_id_seq;

ALTER TABLE meeting_rooms RENAME TO rooms;

UPDATE alembic_version SET version_num='3cc8f339a684' WHERE alembic_version.version_num = 'd68c3f91ed95';

-- Running downgrade 3cc8f339a684 -> 04738ac03649

ALTER TABLE reporting.daily_article_stats DROP CONSTRAINT ck_daily_article_stats_ratio;

ALTER TABLE reporting.daily_article_stats DROP COLUMN unique_visitors;

DROP INDEX reporting.ix_daily_article_stats_article_id;

DROP TABLE reporting.daily_article_stats;

DROP SCHEMA IF EXISTS reporting;

UPDATE alembic_version SET version_num='04738ac03649' WHERE alembic_version.version_num = '3cc8f339a684';

-- Running downgrade 04738ac03649 -> d644559d7e79

ALTER TABLE accounts ALTER COLUMN roles SET NOT NULL;

ALTER TABLE accounts ALTER COLUMN roles SET DEFAULT '{}'::varchar[];

ALTER TABLE rooms ALTER COLUMN capacity TYPE SMALLINT USING capacity::smallint;

ALTER TABLE accounts ALTER COLUMN login_count TYPE INTEGER;

ALTER TABLE articles ALTER COLUMN title TYPE TEXT;

UPDATE alembic_version SET version_num='d644559d7e79' WHERE alembic_version.version_num = '04738ac03649';

-- Running downgrade d644559d7e79 -> 02c8e98c5884

ALTER TABLE accounts DROP COLUMN login_count;

ALTER TABLE accounts DROP COLUMN locale;

ALTER TABLE articles DROP COLUMN priority;

DROP TYPE article_priority;

UPDATE alembic_version SET version_num='02c8e98c5884' WHERE alembic_version.version_num = 'd644559d7e79';

-- Running downgrade 02c8e98c5884 -> 857cf9a21be1

COMMENT ON COLUMN bookings.during IS NULL;

COMMENT ON COLUMN accounts.email IS 'login; compared case-insensitively';

COMMENT ON COLUMN articles.status IS NULL;

COMMENT ON TABLE audit_events IS 'append-only; partitioned by month in production';

COMMENT ON TABLE rooms IS NULL;

COMMENT ON TABLE articles IS NULL;

UPDATE alembic_version SET version_num='857cf9a21be1' WHERE alembic_version.version_num = '02c8e98c5884';

-- Running downgrade 857cf9a21be1 -> 355cb3c7b88e

ALTER TABLE bookings DROP CONSTRAINT ex_bookings_no_overlap;

ALTER TABLE bookings DROP CONSTRAINT ck_bookings_not_empty;

ALTER TABLE bookings DROP CONSTRAINT ck_bookings_attendees;

DROP TABLE bookings;

DROP TABLE rooms;

UPDATE alembic_version SET version_num='355cb3c7b88e' WHERE alembic_version.version_num = '857cf9a21be1';

-- Running downgrade 355cb3c7b88e -> 535fb9f7f89e

DROP INDEX ix_audit_events_payload_type;

DROP INDEX ix_audit_events_kind;

DROP TABLE audit_events;

UPDATE alembic_version SET version_num='535fb9f7f89e' WHERE alembic_version.version_num = '355cb3c7b88e';

-- Running downgrade 535fb9f7f89e -> c689b6b81ec6

DROP INDEX ix_articles_title_pattern;

DROP INDEX ix_articles_lower_title;

DROP INDEX ix_accounts_email_live;

DROP INDEX ix_articles_author_id;

DROP INDEX ix_articles_published;

DROP INDEX ix_articles_metadata;

DROP INDEX ix_articles_tags;

DROP INDEX ix_articles_search;

UPDATE alembic_version SET version_num='c689b6b81ec6' WHERE alembic_version.version_num = '535fb9f7f89e';

-- Running downgrade c689b6b81ec6 -> 4a66ab8474cc

DROP TABLE articles;

DROP TYPE visibility;

DROP TYPE article_status;

UPDATE alembic_version SET version_num='4a66ab8474cc' WHERE alembic_version.version_num = 'c689b6b81ec6';

-- Running downgrade 4a66ab8474cc -> 

DROP TABLE accounts;

DROP EXTENSION IF EXISTS citext;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4a66ab8474cc';

COMMIT;

