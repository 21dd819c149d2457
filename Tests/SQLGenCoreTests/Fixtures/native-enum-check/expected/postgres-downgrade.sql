BEGIN;

-- Running downgrade 7e8f9a0b1c2d -> 

DROP TABLE shipments;

DROP TYPE shipment_state;

DELETE FROM alembic_version WHERE alembic_version.version_num = '7e8f9a0b1c2d';

COMMIT;

