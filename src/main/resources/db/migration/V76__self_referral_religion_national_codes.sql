-- selfreferral: religion or belief was kept as Stepline's own words (NONE, CHRISTIAN, ...); keep the national
-- RELIGIOUS OR OTHER BELIEF SYSTEM AFFILIATION GROUP CODE instead, "prefer not to say" as its M (declines to
-- disclose), in sent referrals and in referrals being filled in alike. Other equality answers were national already.
update self_referral_answer a set answer = c.national
from (values ('NONE', 'L'), ('BUDDHIST', 'B'), ('CHRISTIAN', 'C'), ('HINDU', 'D'), ('JEWISH', 'F'), ('MUSLIM', 'G'),
             ('SIKH', 'I'), ('OTHER', 'K'), ('Z', 'M')) as c (old, national)
where a.question = 'religion' and a.answer = c.old;

update self_referral_draft_answer a set answer = c.national
from (values ('NONE', 'L'), ('BUDDHIST', 'B'), ('CHRISTIAN', 'C'), ('HINDU', 'D'), ('JEWISH', 'F'), ('MUSLIM', 'G'),
             ('SIKH', 'I'), ('OTHER', 'K'), ('Z', 'M')) as c (old, national)
where a.question = 'religion' and a.answer = c.old;
