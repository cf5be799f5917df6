-- Real extracts (issue 14) ------------------------------------------------------------------------------------------

-- scheduling: whether a contact was planned (PlannedCareContIndicator Y/N); null when not recorded, which is every
-- contact booked in Stepline. An unplanned contact (the patient initiated it) counts as having taken place.
alter table appointment add column planned boolean;

-- outcomes: whether a recorded contact is a treatment contact (outcomes.md), for the national "open with no treatment
-- contact for 90 days". Derived like the rest of the table; filled here once from the appointments (the rule of
-- TreatmentContacts.isTreatmentContact, as the SQL function stepline_treatment_contact of V49) and by every rebuild after.
alter table outcome_contact add column treatment boolean not null default false;
update outcome_contact c set treatment = true
from appointment a
where a.id = c.appointment_id and stepline_treatment_contact(a.app_type, a.attendance, a.planned);

-- referrals: a pathway's presenting complaints (IDS603) as an extract gave them, in the order recorded. The referral's
-- presenting_problem is the one NHS England's ranking chooses (shared.codes.PresentingComplaint). Codes are stored in
-- canonical form (ICD-10 with the dot, or SNOMED CT digits); significance '01' primary, '02' secondary, null not given.
create table presenting_complaint (
    referral_id     bigint not null references referral (id),
    position        integer not null,
    code            text not null,
    significance    char(2) check (significance in ('01', '02')),
    complaint_date  date,
    primary key (referral_id, position)
);

-- measures: the answer to a PEQ item in its national form (Y, N, NA, or 99 not stated) when an extract gave it so;
-- total_score then holds 1 for Y, 0 for N, and nothing for NA or 99, as Stepline stores its own PEQ answers.
alter table measure_administration add column answer_code text check (answer_code in ('Y', 'N', 'NA', '99'));

-- datasets: how many coded values each column had to normalise (e.g. 'care_contacts.csv AppType: 120').
alter table dataset_import add column normalised_codes text not null default '';
