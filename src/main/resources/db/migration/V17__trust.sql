-- Trust (issue 11): Stepline works as an application role that owns no table (docs/security.md).
--
-- 1. Run-time work that needs a table's owner, done for the application role by functions that run as the owner
--    (security definer), each allowing only its own narrow job. Granted in afterMigrate.sql.

-- A block of consecutive ids from a table's identity sequence (bulk loading writes rows with their ids).
create function reserve_ids(live regclass, how_many bigint) returns bigint
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    seq text := pg_get_serial_sequence(live::text, 'id');
    first_id bigint;
begin
    if seq is null or how_many < 1 then
        raise exception 'no ids to reserve in %', live;
    end if;
    -- a no-op that locks the sequence: every other nextval waits until this transaction ends
    execute format('alter sequence %s increment by 1', seq);
    first_id := nextval(seq);
    perform setval(seq, first_id + how_many - 1);
    return first_id;
end $$;

-- A bulk load's own table inheriting from a live one (shared.sql.LoadingTables), owned by the owner role.
create function loading_table_create(live regclass, heir text) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if live::text not in ('appointment', 'measure_administration', 'pathway_outcome', 'outcome_contact')
            or heir !~ ('^' || live::text || '_(import|load)_[0-9]+$') then
        raise exception 'not a loading table of %: %', live, heir;
    end if;
    execute format('create table %I () inherits (%s)', heir, live);
    execute format('grant select, insert, update, delete on %I to %I', heir, session_user);
end $$;

-- One of the live table's indexes built on a loading table: the same definition, or BRIN on brin_column.
create function loading_table_index(live regclass, heir regclass, live_index text, brin_column text)
returns void language plpgsql security definer set search_path = public, pg_temp as $$
declare
    definition text;
begin
    if not exists (select from pg_inherits where inhrelid = heir and inhparent = live) then
        raise exception '% does not inherit from %', heir, live;
    end if;
    select pg_get_indexdef(i.indexrelid) into definition
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = live and c.relname = live_index;
    if definition is null then
        raise exception 'no index % on %', live_index, live;
    end if;
    if brin_column is null then
        execute 'create ' || case when definition like 'CREATE UNIQUE %' then 'unique ' else '' end
            || 'index on ' || heir::text || substr(definition, strpos(definition, ' USING '));
    elsif exists (select from pg_attribute where attrelid = live and attname = brin_column and attnum > 0) then
        execute format('create index on %s using brin (%I) with (pages_per_range = 32)', heir, brin_column);
    else
        raise exception 'no column % in %', brin_column, live;
    end if;
end $$;

-- Fresh planner statistics after a bulk load (ANALYZE needs the owner before PostgreSQL 17).
create function analyze_tables(tables regclass[]) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    t regclass;
begin
    foreach t in array tables loop
        if (select relnamespace from pg_class where oid = t) = 'public'::regnamespace then
            execute format('analyze %s', t);
        end if;
    end loop;
end $$;

revoke execute on function reserve_ids(regclass, bigint), loading_table_create(regclass, text),
    loading_table_index(regclass, regclass, text, text), analyze_tables(regclass[]) from public;

-- 2. The audit trail proves itself: each entry's link in a hash chain, hash = SHA-256(previous hash || the
--    entry's content), content = the entry as JSON without its empty columns, times in UTC. A column added to
--    audit_event later must be nullable without a default, or every older entry's hash changes.
--    The link is written when the entry's transaction commits (a deferred trigger) under a transaction-level
--    advisory lock, so concurrent writers make one chain in commit order and a writer waits for no one until it
--    commits. `java -jar stepline.jar audit verify` checks it (audit.AuditChain; docs/security.md).
create table audit_chain (
    position      bigint primary key,
    event_id      bigint not null unique,
    previous_hash bytea not null,
    hash          bytea not null,
    chained_at    timestamptz not null
);

create function audit_chain_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function audit_chain_is_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_chain_is_append_only();

-- Appends the entry to the chain; the caller holds the chain's lock.
create function audit_chain_append(entry audit_event) returns void
language plpgsql set search_path = public, pg_temp set timezone = 'UTC' as $$
declare
    last audit_chain;
    previous bytea;
begin
    select * into last from audit_chain order by position desc limit 1;
    previous := coalesce(last.hash, decode(repeat('00', 32), 'hex'));
    insert into audit_chain (position, event_id, previous_hash, hash, chained_at)
    values (coalesce(last.position, 0) + 1, entry.id, previous,
            sha256(previous || convert_to(jsonb_strip_nulls(to_jsonb(entry))::text, 'UTF8')),
            greatest(clock_timestamp(), last.chained_at));
end $$;
revoke execute on function audit_chain_append(audit_event) from public;

create function audit_event_chain() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform pg_advisory_xact_lock(7469411170011);  -- the chain's lock, held until this commit ends
    perform audit_chain_append(new);
    return null;
end $$;
create constraint trigger audit_event_chain after insert on audit_event
    deferrable initially deferred for each row execute function audit_event_chain();

-- the entries written before the chain existed, in the order they were written
do $$
declare
    entry audit_event;
begin
    for entry in select * from only audit_event order by id loop
        perform audit_chain_append(entry);
    end loop;
end $$;
