-- diary and choice (scheduling) --------------------------------------------
-- Practitioners publish when they can be booked: weekly slots, and one-off changes (an extra slot on a date, or
-- a stretch of time when they are unavailable, such as leave). Times of weekly slots are UK wall-clock times.
create table availability_slot (
    id               bigint generated always as identity primary key,
    practitioner_id  bigint not null references staff_user (id),
    weekday          smallint not null check (weekday between 1 and 7),   -- ISO: 1 = Monday
    starts_at        time not null,
    length_minutes   integer not null check (length_minutes between 5 and 600),
    valid_from       date not null,
    valid_until      date,                                                -- last day the slot is held; null = open
    modes            char(2)[],                                           -- ConsMechanism offered; null = any
    created_by       bigint references staff_user (id),
    created_at       timestamptz not null default now(),
    constraint availability_slot_dates check (valid_until is null or valid_until >= valid_from)
);
create index availability_slot_practitioner on availability_slot (practitioner_id);

create table availability_change (
    id               bigint generated always as identity primary key,
    practitioner_id  bigint not null references staff_user (id),
    kind             text not null check (kind in ('EXTRA', 'UNAVAILABLE')),
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    modes            char(2)[],                                           -- for an extra slot; null = any
    reason           text,
    created_by       bigint references staff_user (id),
    created_at       timestamptz not null default now(),
    constraint availability_change_order check (ends_at > starts_at)
);
create index availability_change_practitioner on availability_change (practitioner_id, starts_at);

-- Choice of mode at booking: the modes offered to the patient (more than one = a choice was offered), the one
-- chosen (booked_mechanism, V3), and the patient's stated preference at the time, kept for the choice report.
alter table appointment
    add column modes_offered        char(2)[],
    add column preferred_mechanism  char(2);
alter table appointment add constraint modes_offered_not_empty
    check (modes_offered is null or cardinality(modes_offered) >= 1);
alter table appointment add constraint chosen_mode_was_offered
    check (modes_offered is null or booked_mechanism = any (modes_offered));

-- Nobody's time is booked twice. The span of a booking is [starts_at, starts_at + planned_minutes). Adding
-- minutes to a timestamptz does not depend on the time zone, so the function may be declared immutable (the
-- built-in operator is only stable, because adding days or months does).
create extension if not exists btree_gist;
create function appointment_span(starts_at timestamptz, minutes integer) returns tstzrange
    language sql immutable strict parallel safe
    as $$ select tstzrange(starts_at, starts_at + minutes * interval '1 minute', '[)') $$;

-- Cancelled appointments (AttendOrDNACode 2 and 4) free their time. Rows imported from another system
-- (care_contact_id set; they never have planned_minutes either) and bookings without a planned length are not
-- held to the rule: an extract is history as it was recorded, and a booking without a length has no span.
alter table appointment add constraint practitioner_time_not_double_booked
    exclude using gist (practitioner_id with =, appointment_span(starts_at, planned_minutes) with &&)
    where (attendance not in ('2', '4') and care_contact_id is null and planned_minutes is not null);
