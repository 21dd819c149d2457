-- Running downgrade 4b5c6d7e8f9a -> 3a4b5c6d7e8f

DELETE FROM ticket_notes

/

DELETE FROM tickets

/

UPDATE alembic_version SET version_num='3a4b5c6d7e8f' WHERE alembic_version.version_num = '4b5c6d7e8f9a'

/

-- Running downgrade 3a4b5c6d7e8f -> 

DROP TABLE ticket_notes

/

DROP TABLE tickets

/

DELETE FROM alembic_version WHERE alembic_version.version_num = '3a4b5c6d7e8f'

/

