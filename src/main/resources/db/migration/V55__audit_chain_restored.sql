-- Restoring a backup (backup.DatabaseBackups): the audit trail's entries are loaded with their own links of the
-- hash chain, exactly as they were, by the owner role in the same transaction; only the owner may write
-- audit_chain (the application role may not: afterMigrate.sql). So an entry that already has its link when its
-- transaction commits is not linked a second time. Every other entry is linked as before, and `audit verify`
-- checks the restored chain as it checks any other. No trigger is ever disabled.
create or replace function audit_event_chain() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform pg_advisory_xact_lock(7469411170011);  -- the chain's lock, held until this commit ends
    if not exists (select from audit_chain where event_id = new.id) then
        perform audit_chain_append(new);
    end if;
    return null;
end $$;
