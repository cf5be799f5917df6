-- outcomes ---------------------------------------------------------------
-- Derived tables, owned by the outcomes module and kept current from other modules' events; a rebuild recomputes
-- them from scratch. One row per pathway (referral) with every outcome flag and what figures are grouped by.
create table pathway_outcome (
    referral_id                bigint primary key,
    pathway_id                 text not null,
    data_source                text not null,
    team_id                    bigint not null,
    practitioner_id            bigint,
    step                       smallint not null,
    received_on                date not null,
    discharged_on              date,
    end_code                   text,
    completed_treatment        boolean not null,
    treatment_contacts         integer not null,
    caseness_at_start          boolean not null,
    not_caseness               boolean not null,
    recovery                   boolean not null,
    reliable_improvement       boolean not null,
    reliable_deterioration     boolean not null,
    reliable_recovery          boolean not null,
    treatment_mode             text,                -- ConsMechanism code or 'mixed'; null: no treatment contact
    first_treatment_wait_days  integer,
    first_treatment_on         date,
    second_treatment_on        date,
    assessment_mode            char(2),
    telephone_share            real,                -- of treatment contacts, 0–1
    anxiety_measure            text not null,       -- GAD7 or the ADSM used
    first_phq9                 smallint,
    last_phq9                  smallint,
    first_anxiety              smallint,
    last_anxiety               smallint,
    both_paired                boolean not null,
    phq9_band                  text not null,       -- case-mix stratum parts
    anxiety_band               text not null,
    last_attended_on           date,
    computed_at                timestamptz not null default now()
);
-- Pathways ended in a period, with what the summary counts: answered from the index alone.
create index pathway_outcome_ended on pathway_outcome (discharged_on)
    include (treatment_mode, completed_treatment, treatment_contacts, not_caseness, recovery, reliable_improvement,
             reliable_deterioration, reliable_recovery, first_treatment_wait_days, both_paired)
    where discharged_on is not null;
create index pathway_outcome_received on pathway_outcome (received_on);
create index pathway_outcome_second_treatment on pathway_outcome (second_treatment_on) where second_treatment_on is not null;

-- One row per recorded contact (appointment with an outcome): for DNA rates and "no contact for 90 days".
create table outcome_contact (
    referral_id     bigint not null,
    appointment_id  bigint not null,
    contact_on      date not null,
    mode            char(2) not null,    -- ConsMechanism
    attendance      char(1) not null,    -- AttendOrDNACode
    primary key (referral_id, appointment_id)
);
create index outcome_contact_day on outcome_contact (contact_on) include (mode, attendance, referral_id);

-- The highest referral id every referral up to which has an outcome row; referrals above it are added on demand.
create table outcome_progress (
    id                boolean primary key default true check (id),
    seen_referral_id  bigint not null
);
insert into outcome_progress (seen_referral_id) values (0);
