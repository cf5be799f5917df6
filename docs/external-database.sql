-- Setting up an external PostgreSQL (14 or newer) for Stepline: two roles and a database (docs/security.md).
-- Run as a superuser (or a role with CREATEROLE and CREATEDB) with psql, once. Replace both passwords first.

-- The owner: owns the schema and every table, and runs the migrations (Flyway) when Stepline starts.
create role stepline_owner login password 'owner-password-here';
-- The application: what Stepline works as. Not a superuser, owns nothing; its grants on every table are given by
-- the owner after each migration (src/main/resources/db/migration/afterMigrate.sql).
create role stepline_app login password 'application-password-here';
create database stepline owner stepline_owner;

-- then, connected to the new database (psql: \connect stepline):
alter schema public owner to stepline_owner;
revoke create on schema public from public;
