-- PEQ and other coded questionnaires: each answer keeps the national code (SNOMED CT) of the item it answers, as it
-- was when answered, so that an export never depends on today's instrument file. Null for items without a code.
alter table measure_answer add column snomed_code text;
