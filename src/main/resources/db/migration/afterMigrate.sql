-- After every migration (a Flyway callback, run by the owner role): the application role Stepline works as gets
-- exactly what it needs on every table, so that a new table needs nothing special. It may read and write rows;
-- it may not change or remove audit entries, write the audit chain, or touch Flyway's history; it owns nothing.
-- ${application_role} is the role Stepline's connections log in as (platform.ApplicationRoleGrants).
do $grants$
declare
    app text := '${application_role}';
    owner_role text := current_user;
begin
    if app = '' or app = owner_role then
        return; -- one role for everything (an old-style external database): nothing to grant
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
    -- the audit trail: entries may be added and read, never changed or removed (docs/security.md)
    execute format('revoke update, delete, truncate on audit_event from %I', app);
    execute format('revoke insert, update, delete, truncate on audit_chain from %I', app);
    -- run-time work that needs a table's owner, each function allowing only its own narrow job (V17)
    execute format('grant execute on function reserve_ids(regclass, bigint), loading_table_create(regclass, text), '
        || 'loading_table_index(regclass, regclass, text, text), analyze_tables(regclass[]) to %I', app);
    -- a restore may stop at an older schema version, which has no waiting entries yet (V84)
    if to_regclass('audit_pending') is not null then
        execute format('revoke insert, update, delete, truncate on audit_pending from %I', app);
        execute format('grant execute on function audit_link_pending(int, boolean) to %I', app);
    end if;
end
$grants$;
