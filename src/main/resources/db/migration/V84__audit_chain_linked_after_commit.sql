-- The audit chain no longer makes commits wait for one another (issue 15: a durable formulation edit every two
-- seconds on 200 boards). Until now a deferred trigger linked each entry while its transaction committed, under one
-- advisory lock held through that commit's WAL flush, so every audited commit in the service flushed alone.
-- Now an entry's transaction only notes it as waiting (audit_pending, in the same transaction, so a committed entry
-- is always either linked or waiting); a linker links the waiting entries in a transaction of its own, in the order
-- of their ids, under the same lock taken without waiting (one linker at a time, whichever node). The server runs
-- it every half second (audit.internal.AuditLinker); `audit verify` and `backup` run it first. Commits of
-- audited work now share WAL flushes again. docs/security.md, "The audit trail".
create table audit_pending (
    event_id bigint primary key
);

drop trigger audit_event_chain on audit_event;
drop function audit_event_chain();

-- A restore loads audit_chain before audit_event (SchemaCatalog's order), so its entries arrive linked: not waiting.
create function audit_event_pending() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if not exists (select from audit_chain where event_id = new.id) then
        insert into audit_pending (event_id) values (new.id) on conflict do nothing;
    end if;
    return null;
end $$;
create trigger audit_event_pending after insert on audit_event
    for each row execute function audit_event_pending();

-- Links up to max_entries waiting entries; -1 when another linker holds the lock and wait is false.
create function audit_link_pending(max_entries int, wait boolean) returns int
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    taken bigint[];
    entry audit_event;
begin
    if wait then
        perform pg_advisory_xact_lock(7469411170011);
    elsif not pg_try_advisory_xact_lock(7469411170011) then
        return -1;
    end if;
    taken := array(select event_id from audit_pending order by event_id limit max_entries);
    for entry in select * from only audit_event where id = any(taken) order by id loop
        if not exists (select from audit_chain where event_id = entry.id) then
            perform audit_chain_append(entry);
        end if;
    end loop;
    delete from audit_pending where event_id = any(taken);
    return cardinality(taken);
end $$;
revoke execute on function audit_link_pending(int, boolean) from public;

-- An entry that has no link now was written with triggers off (the old trigger linked every other at commit):
-- it is not made waiting, so that `audit verify` still names it.
