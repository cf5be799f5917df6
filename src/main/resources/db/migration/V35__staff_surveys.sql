-- surveys: staff survey rounds (NoMAD) with anonymous answers. See docs/security.md, "Anonymous surveys".
-- Who has answered and what was answered are kept in tables that share nothing but the round: no staff id,
-- no timestamp and no sequence number sits beside an answer, and a round's rows are rewritten in random order
-- when it closes, so that the order rows were written in cannot pair a respondent with a response.
create table survey_round (
    id            bigint generated always as identity primary key,
    instrument    text not null,
    title         text not null check (length(title) between 1 and 200),
    opens_on      date not null,
    closes_on     date not null,                  -- the last day answers are taken
    whole_service boolean not null,
    opened_by     bigint not null references staff_user (id),
    closed_early  boolean not null default false,
    sealed        boolean not null default false, -- closed, and its rows rewritten in random order
    check (closes_on >= opens_on)
);

-- The teams a round was opened for (none when it is for the whole service).
create table survey_round_team (
    round_id bigint not null references survey_round (id),
    team_id  bigint not null references team (id),
    primary key (round_id, team_id)
);

-- Who has answered a round: one row per person per round, and nothing about their answers.
create table survey_respondent (
    round_id bigint not null references survey_round (id),
    staff_id bigint not null references staff_user (id),
    primary key (round_id, staff_id)
);

-- One set of answers: a random key, the round and the respondent's team (results are per team). No staff id, no time.
create table survey_response (
    id       uuid primary key,
    round_id bigint not null references survey_round (id),
    team_id  bigint not null references team (id)
);
create index survey_response_round on survey_response (round_id);

-- An answer is a score (1-5 agreement, 0-10 for a general item) or one of the "not relevant" answers, never both.
create table survey_answer (
    response_id  uuid not null references survey_response (id) on delete cascade,
    item         text not null,
    score        smallint check (score between 0 and 10),
    not_relevant smallint check (not_relevant between 1 and 3),
    primary key (response_id, item),
    check ((score is null) <> (not_relevant is null))
);
