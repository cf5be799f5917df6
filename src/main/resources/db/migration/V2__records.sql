-- referrals: pathway ids for referrals made in Stepline are 'SL' followed by a number from this sequence
-- (SL100001, SL100002, ...); referrals imported from other systems keep the pathway id they came with.
create sequence referral_pathway_number start with 100001;
