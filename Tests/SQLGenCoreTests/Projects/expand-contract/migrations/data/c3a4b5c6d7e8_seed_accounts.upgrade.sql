/* The rows the application's seed script adds; a semicolon inside a literal stays in it. */
INSERT INTO accounts (id, name, email) VALUES (1, 'alpha', 'alpha@example.com');
INSERT INTO accounts (id, name, status) VALUES (2, 'o''brien; ltd', 'paused');
