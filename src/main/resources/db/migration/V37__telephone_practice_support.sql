-- practice: what a service does to build telephone skills (issue 16).
create table telephone_training (
    id            bigint generated always as identity primary key,
    staff_id      bigint not null references staff_user (id),
    course        text not null check (length(course) between 1 and 200),
    completed_on  date not null,
    recorded_by   bigint not null references staff_user (id)
);
create index telephone_training_staff on telephone_training (staff_id);

-- A telephone session observed: the practitioner was observed by a colleague ('observed'), or observed one ('observer').
create table observed_session (
    id            bigint generated always as identity primary key,
    staff_id      bigint not null references staff_user (id),
    kind          text not null check (kind in ('observed', 'observer')),
    observed_on   date not null,
    colleague_id  bigint references staff_user (id),
    recorded_by   bigint not null references staff_user (id)
);
create index observed_session_staff on observed_session (staff_id);

-- The service's telephone champions.
create table telephone_champion (
    staff_id  bigint primary key references staff_user (id),
    since     date not null
);
